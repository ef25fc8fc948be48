package io.github.influxauth.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * What the rules are checked against.
 *
 * @param now            the moment of the run: ages and expiries count from it
 * @param maxAge         older-than: tokens created longer ago than this
 * @param expiringWithin expiring-soon: InfluxDB 3 tokens that expire within this from now
 * @param rules          the rules to check
 */
public record AuditSettings(Instant now, Duration maxAge, Duration expiringWithin, Set<Rule> rules) {

    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(365);
    public static final Duration DEFAULT_EXPIRING_WITHIN = Duration.ofDays(14);

    public AuditSettings {
        rules = Set.copyOf(rules);
    }
}
