package io.github.influxauth.cli;

import io.github.influxauth.audit.Finding;
import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import io.github.influxauth.output.PermissionText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The WHY of each finding: what makes the token worth a look, in a few words. Raw text: renderers escape it. */
final class AuditWords {

    private AuditWords() {}

    /** @param now the moment of the run, for "in 9 days" and "853 days ago" */
    static String why(Finding f, Instant now) {
        Authorization a = f.token();
        return switch (f.rule()) {
            case OPERATOR_TOKEN -> "every permission in every org (an operator token)";
            case ALL_ACCESS -> "every permission in org " + org(a, f.ids().get(0)) + " (an all-access token)";
            case CAN_CREATE_TOKENS ->
                "can create tokens or grant itself more: " + PermissionText.summary(f.permissions());
            case ADMIN_NEVER_EXPIRES -> "an admin token (*:*:*) that never expires";
            case WRITE_ALL_BUCKETS ->
                a.api() == Api.V3
                        ? "can write to every database: " + v3(f.permissions())
                        : "can write to every bucket of " + orgs(f.permissions());
            case EXPIRING_SOON -> "expires " + f.when() + ", " + days(Duration.between(now, f.when()), "in ", "");
            case MISSING_RESOURCE ->
                f.ids().size() == 1
                        ? "its permissions name bucket " + f.ids().get(0) + ", which no longer exists"
                        : "its permissions name buckets " + String.join(", ", f.ids()) + ", which no longer exist";
            case INACTIVE -> "inactive, but it can be switched back on";
            case EXPIRED -> "expired " + f.when() + ", still in system.tokens";
            // The time as the server wrote it: influxd's fractions are its own.
            case OLDER_THAN -> "created " + a.createdAt() + ", " + days(Duration.between(f.when(), now), "", " ago");
            case NO_DESCRIPTION -> "no description: nothing says what it is for";
        };
    }

    /** The org by name when the token's own org is the one, else by ID. */
    private static String org(Authorization a, String orgID) {
        return orgID.equalsIgnoreCase(a.orgID()) && a.org() != null ? a.org() : orgID;
    }

    /** {@code org acme}, {@code orgs acme, globex}, or {@code every org}: where the permissions reach. */
    private static String orgs(List<Permission> permissions) {
        Set<String> orgs = new LinkedHashSet<>();
        for (Permission p : permissions) {
            if (p.resource().orgID() == null) {
                return "every org";
            }
            orgs.add(
                    p.resource().org() != null
                            ? p.resource().org()
                            : p.resource().orgID());
        }
        return (orgs.size() == 1 ? "org " : "orgs ") + String.join(", ", orgs);
    }

    /** InfluxDB 3 permissions in influxdb3's own form: {@code *:*:*}, {@code db:*:write}. */
    private static String v3(List<Permission> permissions) {
        Set<String> forms = new LinkedHashSet<>();
        for (Permission p : permissions) {
            forms.add(p.resource().type() + ":" + PermissionText.reference(p.resource()) + ":" + p.action());
        }
        return String.join(" ", new ArrayList<>(forms));
    }

    /** {@code in 9 days}, {@code 853 days ago}; under a day is {@code within a day}. */
    private static String days(Duration d, String before, String after) {
        long days = d.toDays();
        if (days == 0) {
            return "within a day";
        }
        return before + days + (days == 1 ? " day" : " days") + after;
    }
}
