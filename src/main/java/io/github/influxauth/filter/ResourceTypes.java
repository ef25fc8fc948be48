package io.github.influxauth.filter;

import io.github.influxauth.text.EditDistance;
import java.util.List;
import java.util.Locale;

/**
 * The resource types a permission can name: the v2 API's (its OpenAPI {@code Resource.type} enum)
 * and InfluxDB 3's ({@code db}, {@code system}). A filter naming any other type would silently
 * match nothing, so a typo is a usage error with a suggestion instead.
 */
public final class ResourceTypes {

    public static final List<String> KNOWN = List.of(
            "authorizations",
            "buckets",
            "dashboards",
            "orgs",
            "tasks",
            "telegrafs",
            "users",
            "variables",
            "secrets",
            "labels",
            "views",
            "documents",
            "notificationRules",
            "notificationEndpoints",
            "checks",
            "dbrp",
            "annotations",
            "sources",
            "scrapers",
            "notebooks",
            "remotes",
            "replications",
            "instance",
            "flows",
            "functions",
            "subscriptions",
            "db",
            "system");

    private ResourceTypes() {}

    /** @throws IllegalArgumentException naming the type and the nearest known one */
    public static String check(String type) {
        if (KNOWN.contains(type)) {
            return type;
        }
        String suggestion = nearest(type);
        throw new IllegalArgumentException("unknown resource type \"" + type + "\""
                + (suggestion == null
                        ? "; the types are " + String.join(", ", KNOWN)
                        : " (did you mean " + suggestion + "?)"));
    }

    private static String nearest(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : KNOWN) {
            String k = known.toLowerCase(Locale.ROOT);
            int d = k.equals(lower)
                    ? 0
                    : k.equals(lower + "s") || lower.equals(k + "s") ? 1 : EditDistance.between(lower, k) + 1;
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        return bestDistance <= 3 ? best : null;
    }
}
