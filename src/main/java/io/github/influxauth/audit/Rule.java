package io.github.influxauth.audit;

import java.util.Locale;

/**
 * The audit's rules, most severe first, each with the stable name users and CI jobs type
 * ({@code --rule}, {@code --skip-rule}) and find in the output.
 */
public enum Rule {
    /** An active v2 operator token: every permission in every org. */
    OPERATOR_TOKEN(Severity.critical),
    /** An active v2 all-access token: every permission in one org. */
    ALL_ACCESS(Severity.high),
    /** An active v2 token, other than the two above, that may write authorizations or users. */
    CAN_CREATE_TOKENS(Severity.high),
    /** An InfluxDB 3 admin token, other than {@code _admin}, that never expires. */
    ADMIN_NEVER_EXPIRES(Severity.high),
    /** Write on every bucket of an org or of every org (InfluxDB 3: every database), not reported above. */
    WRITE_ALL_BUCKETS(Severity.medium),
    /** An InfluxDB 3 token that expires within the {@code --expiring-within} window. */
    EXPIRING_SOON(Severity.medium),
    /** A v2 permission on a bucket that no longer exists. */
    MISSING_RESOURCE(Severity.medium),
    /** An inactive v2 token: still there, and can be switched back on. */
    INACTIVE(Severity.low),
    /** An expired InfluxDB 3 token still in the table. */
    EXPIRED(Severity.low),
    /** Created longer ago than {@code --max-age}. */
    OLDER_THAN(Severity.low),
    /** A v2 token without a description. */
    NO_DESCRIPTION(Severity.low);

    private final Severity severity;

    Rule(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** The stable name: {@code operator-token}, {@code missing-resource}… */
    public String ruleName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The rule of that name, or null. */
    public static Rule named(String name) {
        for (Rule r : values()) {
            if (r.ruleName().equals(name)) {
                return r;
            }
        }
        return null;
    }
}
