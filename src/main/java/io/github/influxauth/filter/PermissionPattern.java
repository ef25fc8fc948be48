package io.github.influxauth.filter;

import io.github.influxauth.model.Permission;
import java.util.Locale;

/** {@code --permission ACTION[:TYPE]}: an action, and optionally a resource type (null = any). */
public record PermissionPattern(String action, String type) {

    /** @throws IllegalArgumentException with a message for the user */
    public static PermissionPattern parse(String text) {
        int colon = text.indexOf(':');
        String action = (colon < 0 ? text : text.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
        String type = colon < 0 ? null : text.substring(colon + 1).trim();
        if (!action.equals("read") && !action.equals("write")) {
            throw new IllegalArgumentException(
                    "the action must be read or write, as in read:buckets, not \"" + text + "\"");
        }
        if (type != null && type.isEmpty()) {
            throw new IllegalArgumentException("a resource type must follow the colon, as in write:buckets");
        }
        return new PermissionPattern(action, type == null ? null : ResourceTypes.check(type));
    }

    /** InfluxDB 3's {@code *} action or type holds every action or type, so it matches too. */
    public boolean matches(Permission p) {
        return p.allowsAction(action) && (type == null || p.coversType(type));
    }
}
