package io.github.influxauth.model;

import java.util.HashSet;
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
 *   <li><b>all-access</b>: the UI's all-access token and {@code influx auth create --all-access}
 *       (the shape of {@code authorization-all-access.json} among the contract's examples): read
 *       and write within one org ({@code orgID} set, no {@code id}) on every resource type but two:
 *       {@code orgs}, where it may only read, the org itself (by {@code id}) or org-wide; and
 *       {@code users}, where it may name one user (the UI grants the creating user).
 * </ul>
 *
 * A token that holds more than the set is still named by it. Both checks take one pass over the
 * permissions: a token may carry tens of thousands of them.
 */
public final class PermissionSets {

    /** The resource types of {@code OperPermissions()} as influxd 2.7 creates them (authz.go AllResourceTypes less "instance"). */
    public static final List<String> INFLUXD_RESOURCE_TYPES = List.of(
            "authorizations",
            "buckets",
            "dashboards",
            "orgs",
            "sources",
            "tasks",
            "telegrafs",
            "users",
            "variables",
            "scrapers",
            "secrets",
            "labels",
            "views",
            "documents",
            "notificationRules",
            "notificationEndpoints",
            "checks",
            "dbrp",
            "notebooks",
            "annotations",
            "remotes",
            "replications");

    private static final List<String> ACTIONS = List.of("read", "write");

    private PermissionSets() {}

    public static boolean isOperator(List<Permission> permissions) {
        Set<String> held = new HashSet<>();
        for (Permission p : permissions) {
            Resource r = p.resource();
            if (r.id() == null && r.orgID() == null) {
                held.add(p.action() + ":" + r.type());
            }
        }
        for (String type : INFLUXD_RESOURCE_TYPES) {
            for (String action : ACTIONS) {
                if (!held.contains(action + ":" + type)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The ID of the org this token has all access to, or null when it has not. */
    public static String allAccessOrg(List<Permission> permissions) {
        // What each permission grants, keyed "orgID action type"; one user by id stands for the users type.
        Set<String> held = new HashSet<>();
        Set<String> candidates = new LinkedHashSet<>();
        boolean readUser = false;
        boolean writeUser = false;
        for (Permission p : permissions) {
            Resource r = p.resource();
            if (r.id() == null && r.orgID() != null) {
                held.add(r.orgID() + " " + p.action() + " " + r.type());
                candidates.add(r.orgID());
            } else if (r.id() != null && r.type().equals("orgs")) {
                held.add(r.id() + " " + p.action() + " orgs");
            } else if (r.id() != null && r.type().equals("users")) {
                readUser |= "read".equals(p.action());
                writeUser |= "write".equals(p.action());
            }
        }
        for (String orgID : candidates) {
            if (coversOrg(held, orgID, readUser, writeUser)) {
                return orgID;
            }
        }
        return null;
    }

    private static boolean coversOrg(Set<String> held, String orgID, boolean readUser, boolean writeUser) {
        for (String type : INFLUXD_RESOURCE_TYPES) {
            for (String action : ACTIONS) {
                boolean granted = held.contains(orgID + " " + action + " " + type)
                        || (type.equals("users") && (action.equals("read") ? readUser : writeUser))
                        || (type.equals("orgs") && action.equals("write"));
                if (!granted) {
                    return false;
                }
            }
        }
        return true;
    }
}
