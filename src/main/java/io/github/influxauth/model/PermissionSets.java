package io.github.influxauth.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises the two permission sets influxd hands out wholesale, so that a listing can name them
 * instead of spelling out forty-odd permissions.
 *
 * <ul>
 *   <li><b>operator</b>: influxd's {@code OperPermissions()} (authz.go, OSS 2.x): read and write on
 *       every resource type, with neither {@code id} nor {@code orgID}, so in every org. Created
 *       by {@code influx setup} and {@code influx auth create --operator}.
 *   <li><b>all-access</b>: the UI's all-access token and {@code influx auth create --all-access}:
 *       read and write on every resource type within one org ({@code orgID} set, no {@code id});
 *       the {@code orgs} type may instead name the org by {@code id}, and {@code users} may name
 *       one user (the UI grants the creating user).
 * </ul>
 *
 * A token that holds more than the set is still named by it.
 */
public final class PermissionSets {

    /** The resource types of {@code OperPermissions()} as influxd 2.7 creates them (authz.go AllResourceTypes less "instance"). */
    public static final List<String> INFLUXD_RESOURCE_TYPES = List.of(
            "authorizations", "buckets", "dashboards", "orgs", "sources", "tasks", "telegrafs", "users",
            "variables", "scrapers", "secrets", "labels", "views", "documents", "notificationRules",
            "notificationEndpoints", "checks", "dbrp", "notebooks", "annotations", "remotes", "replications");

    private static final List<String> ACTIONS = List.of("read", "write");

    private PermissionSets() {}

    public static boolean isOperator(List<Permission> permissions) {
        for (String type : INFLUXD_RESOURCE_TYPES) {
            for (String action : ACTIONS) {
                boolean found = false;
                for (Permission p : permissions) {
                    Resource r = p.resource();
                    if (action.equals(p.action()) && type.equals(r.type()) && r.id() == null && r.orgID() == null) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The ID of the org this token has all access to, or null when it has not. */
    public static String allAccessOrg(List<Permission> permissions) {
        Set<String> candidates = new LinkedHashSet<>();
        for (Permission p : permissions) {
            if (p.resource().orgID() != null) {
                candidates.add(p.resource().orgID());
            }
        }
        for (String orgID : candidates) {
            if (coversOrg(permissions, orgID)) {
                return orgID;
            }
        }
        return null;
    }

    private static boolean coversOrg(List<Permission> permissions, String orgID) {
        for (String type : INFLUXD_RESOURCE_TYPES) {
            for (String action : ACTIONS) {
                boolean found = false;
                for (Permission p : permissions) {
                    Resource r = p.resource();
                    if (!action.equals(p.action()) || !type.equals(r.type())) {
                        continue;
                    }
                    if ((r.id() == null && orgID.equals(r.orgID()))
                            || (type.equals("orgs") && orgID.equals(r.id()))
                            || (type.equals("users") && r.id() != null)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
        }
        return true;
    }
}
