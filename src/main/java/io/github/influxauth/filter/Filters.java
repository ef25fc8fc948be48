package io.github.influxauth.filter;

import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** The client-side filters of {@code list}, each a pure predicate. */
public final class Filters {

    private Filters() {}

    public static Predicate<Authorization> user(String name) {
        return a -> name.equals(a.user());
    }

    public static Predicate<Authorization> userID(String id) {
        return a -> id.equalsIgnoreCase(a.userID());
    }

    public static Predicate<Authorization> org(String name) {
        return a -> name.equals(a.org());
    }

    public static Predicate<Authorization> orgID(String id) {
        return a -> id.equalsIgnoreCase(a.orgID());
    }

    /** IDs are hexadecimal: {@code 0D47…} and {@code 0d47…} are one ID, as {@code get} and the server take them. */
    public static Predicate<Authorization> ids(Collection<String> ids) {
        Set<String> set = new HashSet<>();
        for (String id : ids) {
            set.add(id.toLowerCase(Locale.ROOT));
        }
        return a -> a.id() != null && set.contains(a.id().toLowerCase(Locale.ROOT));
    }

    public static Predicate<Authorization> status(String status) {
        return a -> status.equals(a.status());
    }

    /** Case-insensitive substring of the description. */
    public static Predicate<Authorization> description(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return a -> a.description() != null && a.description().toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Every pattern must be matched by one of the token's permissions. */
    public static Predicate<Authorization> permissions(List<PermissionPattern> patterns) {
        List<PermissionPattern> all = List.copyOf(patterns);
        return a -> {
            for (PermissionPattern pattern : all) {
                boolean held = false;
                for (Permission p : a.permissions()) {
                    if (pattern.matches(p)) {
                        held = true;
                        break;
                    }
                }
                if (!held) {
                    return false;
                }
            }
            return true;
        };
    }

    /**
     * {@code --can}: one of the token's permissions allows {@code action} on one of the targets:
     * a permission on exactly that resource, or on every resource of the type in its org, or in
     * every org.
     */
    public static Predicate<Authorization> can(String action, String type, List<CanTarget> targets) {
        List<CanTarget> all = List.copyOf(targets);
        return a -> {
            for (Permission p : a.permissions()) {
                if (!action.equals(p.action()) || !type.equals(p.resource().type())) {
                    continue;
                }
                for (CanTarget target : all) {
                    if (allows(p, target)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    private static boolean allows(Permission p, CanTarget target) {
        var r = p.resource();
        if (r.id() != null) {
            return target.id() != null ? target.id().equals(r.id()) : target.name() != null && target.name().equals(r.name());
        }
        if (r.orgID() == null) {
            return true; // every resource of the type in every org
        }
        if (target.orgID() != null) {
            return target.orgID().equals(r.orgID());
        }
        if (target.org() != null) {
            return target.org().equals(r.org());
        }
        return true; // the resource's org is unknown: org-wide permissions of every org count
    }

    public static Predicate<Authorization> all(List<Predicate<Authorization>> predicates) {
        List<Predicate<Authorization>> copy = List.copyOf(predicates);
        return a -> {
            for (Predicate<Authorization> p : copy) {
                if (!p.test(a)) {
                    return false;
                }
            }
            return true;
        };
    }
}
