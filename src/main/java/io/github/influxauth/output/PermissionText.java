package io.github.influxauth.output;

import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import io.github.influxauth.model.PermissionSets;
import io.github.influxauth.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Readable forms of a token's permissions. Returns raw server text: callers escape it. */
public final class PermissionText {

    /** An InfluxDB 3 token that may do everything. */
    static final String ADMIN = "admin (*:*:*)";

    private PermissionText() {}

    /**
     * {@code operator}, {@code all-access}, or the permissions grouped by resource, e.g.
     * {@code read,write buckets/telegraf; read dashboards/*}: the resource's name when the server
     * sent one, else its ID, {@code *} for every resource of the type in the org, and
     * {@code * (all orgs)} for every resource of the type in every org.
     */
    public static String summary(List<Permission> permissions) {
        if (permissions.isEmpty()) {
            return "(none)";
        }
        String label = label(permissions);
        if (label != null) {
            return label;
        }
        Map<List<String>, List<String>> groups = new LinkedHashMap<>();
        for (Permission p : permissions) {
            Resource r = p.resource();
            List<String> key =
                    List.of(r.type(), Objects.toString(r.id(), ""), Objects.toString(r.orgID(), ""), reference(r));
            List<String> actions = groups.computeIfAbsent(key, k -> new ArrayList<>());
            String action = Objects.toString(p.action(), "?");
            if (!actions.contains(action)) {
                actions.add(action);
            }
        }
        List<String> parts = new ArrayList<>();
        for (var group : groups.entrySet()) {
            List<String> actions = group.getValue();
            actions.sort(PermissionText::compareActions);
            List<String> key = group.getKey();
            boolean everyOrg = key.get(1).isEmpty() && key.get(2).isEmpty();
            parts.add(
                    String.join(",", actions) + " " + key.get(0) + "/" + key.get(3) + (everyOrg ? " (all orgs)" : ""));
        }
        return String.join("; ", parts);
    }

    /**
     * An InfluxDB 3 token's permissions: {@code admin (*:*:*)} for one that may do everything, else
     * grouped by type and actions, e.g. {@code read,write db/sensors,metrics; read system/health};
     * text that could not be read follows as it is.
     */
    public static String v3Summary(Authorization a) {
        if (V3Grants.isAdmin(a.permissions())) {
            return ADMIN;
        }
        List<String> parts = new ArrayList<>();
        for (V3Grants.Grant g : V3Grants.of(a.permissions())) {
            parts.add(g.readable());
        }
        parts.addAll(a.unreadablePermissions());
        return parts.isEmpty() ? "(none)" : String.join("; ", parts);
    }

    /** The permissions in influxdb3's own form, joined by spaces: {@code db:sensors,metrics:read,write system:health:read}. */
    public static String v3Strings(Authorization a) {
        List<String> parts = new ArrayList<>();
        if (V3Grants.isAdmin(a.permissions())) {
            parts.add("*:*:*");
        } else {
            for (V3Grants.Grant g : V3Grants.of(a.permissions())) {
                parts.add(g.influxdb3());
            }
        }
        parts.addAll(a.unreadablePermissions());
        return String.join(" ", parts);
    }

    /** {@code operator} or {@code all-access} when the permissions are one of influxd's wholesale sets, else null. */
    public static String label(List<Permission> permissions) {
        if (PermissionSets.isOperator(permissions)) {
            return "operator";
        }
        if (PermissionSets.allAccessOrg(permissions) != null) {
            return "all-access";
        }
        return null;
    }

    /** The resource as a person names it: its name, else its ID, else {@code *}. */
    public static String reference(Resource r) {
        if (r.name() != null) {
            return r.name();
        }
        return r.id() != null ? r.id() : "*";
    }

    /** The detail view's description of a resource: {@code telegraf (1f2e3d4c5b6a7980) in acme}. */
    public static String describe(Resource r) {
        return describe(r, false);
    }

    /** The same; {@code missing}: the server says the resource no longer exists ({@code 2a9b… (not found)}). */
    public static String describe(Resource r, boolean missing) {
        String what;
        if (r.id() == null) {
            what = "*";
        } else if (r.name() != null) {
            what = r.name() + " (" + r.id() + ")";
        } else {
            what = r.id() + (missing ? " (not found)" : "");
        }
        if (r.org() != null) {
            return what + " in " + r.org();
        }
        if (r.orgID() != null) {
            return what + " in org " + r.orgID();
        }
        return r.id() == null ? what + " in every org" : what;
    }

    static int compareActions(String a, String b) {
        return Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b);
    }

    private static int rank(String action) {
        return switch (action) {
            case "read" -> 0;
            case "write" -> 1;
            default -> 2;
        };
    }
}
