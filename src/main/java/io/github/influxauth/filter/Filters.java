package io.github.influxauth.filter;

import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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

    /**
     * Its ID is one of them; for an InfluxDB 3 token, its name may be too. IDs are hexadecimal:
     * {@code 0D47…} and {@code 0d47…} are one ID, as {@code get} and the server take them.
     */
    public static Predicate<Authorization> ids(Collection<String> ids) {
        Set<String> exact = Set.copyOf(ids);
        Set<String> lower = new HashSet<>();
        for (String id : ids) {
            lower.add(id.toLowerCase(Locale.ROOT));
        }
        return a -> (a.id() != null && lower.contains(a.id().toLowerCase(Locale.ROOT)))
                || (a.name() != null && exact.contains(a.name()));
    }

    public static Predicate<Authorization> status(String status) {
        return a -> status.equals(a.status());
    }

    /** Case-insensitive substring of the description, or of an InfluxDB 3 token's name. */
    public static Predicate<Authorization> description(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return a -> contains(a.description(), needle) || contains(a.name(), needle);
    }

    private static boolean contains(String text, String lowerCaseNeedle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerCaseNeedle);
    }

    /** Its expiry has passed (InfluxDB 3); a token that never expires has not. */
    public static Predicate<Authorization> expired(Instant now) {
        return a -> a.expiresAt() != null && !a.expiresAt().isAfter(now);
    }

    /** It has not expired, but will within {@code within} from now; a token that never expires will not. */
    public static Predicate<Authorization> expiresWithin(Instant now, Duration within) {
        Instant end = now.plus(within);
        return a -> a.expiresAt() != null
                && a.expiresAt().isAfter(now)
                && !a.expiresAt().isAfter(end);
    }

    /** It was created before {@code when}; a token without a creation time was not. */
    public static Predicate<Authorization> createdBefore(Instant when) {
        return a -> {
            Instant created = createdAt(a);
            return created != null && created.isBefore(when);
        };
    }

    /** It was created at or after {@code when}, so that before and after together keep every dated token once. */
    public static Predicate<Authorization> createdAfter(Instant when) {
        return a -> {
            Instant created = createdAt(a);
            return created != null && !created.isBefore(when);
        };
    }

    /** The creation time as an instant: v2 servers send RFC 3339 text with varying fractions; unreadable is none. */
    public static Instant createdAt(Authorization a) {
        if (a.createdAt() == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(a.createdAt()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
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
                if (!p.allowsAction(action) || !p.coversType(type)) {
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
            return target.id() != null
                    ? target.id().equals(r.id())
                    : target.name() != null && target.name().equals(r.name());
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
