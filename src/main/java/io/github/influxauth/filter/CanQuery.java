package io.github.influxauth.filter;

import io.github.influxauth.model.Ids;
import java.util.Locale;

/** {@code --can ACTION:TYPE/NAME_OR_ID} as typed: which action on which one resource. */
public record CanQuery(String action, String type, String nameOrId) {

    /** @throws IllegalArgumentException with a message for the user */
    public static CanQuery parse(String text) {
        int colon = text.indexOf(':');
        int slash = colon < 0 ? -1 : text.indexOf('/', colon);
        if (colon < 0 || slash < 0) {
            throw new IllegalArgumentException("--can takes ACTION:TYPE/NAME_OR_ID, as in write:buckets/telegraf, not \"" + text + "\"");
        }
        String action = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String type = text.substring(colon + 1, slash).trim();
        String target = text.substring(slash + 1);
        if (!action.equals("read") && !action.equals("write")) {
            throw new IllegalArgumentException("--can: the action must be read or write, not \"" + action + "\"");
        }
        if (type.isEmpty() || target.isEmpty()) {
            throw new IllegalArgumentException("--can takes ACTION:TYPE/NAME_OR_ID, as in write:buckets/telegraf, not \"" + text + "\"");
        }
        return new CanQuery(action, type, target);
    }

    /** True when the resource was given by ID (16 hexadecimal characters) rather than by name. */
    public boolean byId() {
        return Ids.isId(nameOrId);
    }
}
