package io.github.influxauth.audit;

import io.github.influxauth.filter.Filters;
import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import io.github.influxauth.model.PermissionSets;
import io.github.influxauth.model.TokenKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The audit's rules, checked on one token at a time; pure: no server, no clock but the settings'.
 * The privilege rules go from the widest (operator) down, and a token that one of them describes is
 * not reported again by a narrower one that the same permissions would break, whichever rules were
 * chosen. InfluxDB 3's
 * {@code _admin} is the server's own operator token, which cannot be deleted, limited or given an
 * expiry: no privilege rule reports it.
 */
public final class Audit {

    private Audit() {}

    /**
     * The findings for one token, in the rules' order.
     *
     * @param missingBuckets the buckets of the token's server known not to exist
     */
    public static List<Finding> check(
            String config, Authorization a, AuditSettings settings, Set<String> missingBuckets) {
        List<Finding> found = new ArrayList<>();
        boolean v2 = a.api() == Api.V2;
        boolean active = "active".equals(a.status());
        Set<Rule> on = settings.rules();
        boolean operator = v2 && active && PermissionSets.isOperator(a.permissions());
        if (operator && on.contains(Rule.OPERATOR_TOKEN)) {
            found.add(finding(Rule.OPERATOR_TOKEN, config, a, List.of(), List.of(), null));
        }
        String allAccessOrg = v2 && active && !operator ? PermissionSets.allAccessOrg(a.permissions()) : null;
        if (allAccessOrg != null && on.contains(Rule.ALL_ACCESS)) {
            found.add(finding(Rule.ALL_ACCESS, config, a, List.of(), List.of(allAccessOrg), null));
        }
        List<Permission> minting = v2 && active && !operator && allAccessOrg == null ? minting(a) : List.of();
        if (!minting.isEmpty() && on.contains(Rule.CAN_CREATE_TOKENS)) {
            found.add(finding(Rule.CAN_CREATE_TOKENS, config, a, minting, List.of(), null));
        }
        boolean adminForever = a.kind() == TokenKind.admin && a.expiresAt() == null;
        if (adminForever && on.contains(Rule.ADMIN_NEVER_EXPIRES)) {
            found.add(finding(Rule.ADMIN_NEVER_EXPIRES, config, a, List.of(), List.of(), null));
        }
        // By what the token is, not by which rules were chosen: --skip-rule hides a finding, it does not move it.
        boolean reportedAbove = operator
                || allAccessOrg != null
                || !minting.isEmpty()
                || adminForever
                || a.kind() == TokenKind.operator;
        // An expired InfluxDB 3 token is rejected and cannot be renewed: its reach is no risk any more.
        boolean usable = a.api() != Api.V3 || !"expired".equals(a.status());
        List<Permission> everyBucket = reportedAbove || !usable ? List.of() : writeEveryBucket(a);
        if (!everyBucket.isEmpty() && on.contains(Rule.WRITE_ALL_BUCKETS)) {
            found.add(finding(Rule.WRITE_ALL_BUCKETS, config, a, everyBucket, List.of(), null));
        }
        Instant now = settings.now();
        Instant expires = a.expiresAt();
        if (expires != null
                && expires.isAfter(now)
                && !expires.isAfter(now.plus(settings.expiringWithin()))
                && on.contains(Rule.EXPIRING_SOON)) {
            found.add(finding(Rule.EXPIRING_SOON, config, a, List.of(), List.of(), expires));
        }
        List<String> missing = v2 ? missing(a, missingBuckets) : List.of();
        if (!missing.isEmpty() && on.contains(Rule.MISSING_RESOURCE)) {
            found.add(finding(Rule.MISSING_RESOURCE, config, a, List.of(), missing, null));
        }
        if (v2 && "inactive".equals(a.status()) && on.contains(Rule.INACTIVE)) {
            found.add(finding(Rule.INACTIVE, config, a, List.of(), List.of(), null));
        }
        if (a.api() == Api.V3 && "expired".equals(a.status()) && on.contains(Rule.EXPIRED)) {
            found.add(finding(Rule.EXPIRED, config, a, List.of(), List.of(), expires));
        }
        Instant created = Filters.createdAt(a);
        if (created != null && created.isBefore(now.minus(settings.maxAge())) && on.contains(Rule.OLDER_THAN)) {
            found.add(finding(Rule.OLDER_THAN, config, a, List.of(), List.of(), created));
        }
        if (v2 && (a.description() == null || a.description().isBlank()) && on.contains(Rule.NO_DESCRIPTION)) {
            found.add(finding(Rule.NO_DESCRIPTION, config, a, List.of(), List.of(), null));
        }
        return found;
    }

    /** Most severe first; within a severity, the rules' order; then the order given (a stable sort). */
    public static List<Finding> ordered(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity, Comparator.reverseOrder())
                .thenComparing(Finding::rule));
        return sorted;
    }

    private static Finding finding(
            Rule rule, String config, Authorization a, List<Permission> permissions, List<String> ids, Instant when) {
        return new Finding(rule, config, a, permissions, ids, when);
    }

    /** Its v2 permissions to write authorizations or users: with them it can mint or grant itself more. */
    private static List<Permission> minting(Authorization a) {
        List<Permission> found = new ArrayList<>();
        for (Permission p : a.permissions()) {
            String type = p.resource().type();
            if ("write".equals(p.action()) && (type.equals("authorizations") || type.equals("users"))) {
                found.add(p);
            }
        }
        return found;
    }

    /**
     * Its permissions to write every bucket: v2 {@code buckets} without an ID (in one org, or in every
     * org without one); InfluxDB 3 every database ({@code db:*:write}, or {@code *:*:*}).
     */
    private static List<Permission> writeEveryBucket(Authorization a) {
        List<Permission> found = new ArrayList<>();
        for (Permission p : a.permissions()) {
            boolean type =
                    a.api() == Api.V3 ? p.coversType("db") : p.resource().type().equals("buckets");
            if (type && p.allowsAction("write") && p.resource().id() == null) {
                found.add(p);
            }
        }
        return found;
    }

    /** The buckets its permissions name that no longer exist, each once, in the order named. */
    private static List<String> missing(Authorization a, Set<String> missingBuckets) {
        Set<String> found = new LinkedHashSet<>();
        for (Permission p : a.permissions()) {
            String id = p.resource().id();
            if (p.resource().type().equals("buckets") && id != null && missingBuckets.contains(id)) {
                found.add(id);
            }
        }
        return List.copyOf(found);
    }
}
