package io.github.influxauth.filter;

import io.github.influxauth.model.Ids;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code --can ACTION:TYPE/NAME_OR_ID} or {@code --can ACTION:orgs/ORG/TYPE/NAME_OR_ID} (the influx
 * CLI's permission syntax) as typed: which action on which one resource, and in which org when
 * given. A name may hold slashes: buckets made through the v1 API are named {@code db/rp}.
 *
 * @param org the resource's org as given (a name or an ID), or null
 */
public record CanQuery(String action, String org, String type, String nameOrId) {

    private static final String FORM =
            "--can takes ACTION:TYPE/NAME_OR_ID or ACTION:orgs/ORG/TYPE/NAME_OR_ID, as in write:buckets/telegraf";

    /** @throws IllegalArgumentException with a message for the user */
    public static CanQuery parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(FORM + ", not \"" + text + "\"");
        }
        String action = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        if (!action.equals("read") && !action.equals("write")) {
            throw new IllegalArgumentException("--can: the action must be read or write, not \"" + action + "\"");
        }
        String[] parts = text.substring(colon + 1).split("/", -1);
        String org = null;
        int type = 0;
        if (parts.length >= 4 && parts[0].equals("orgs")) {
            org = parts[1];
            type = 2;
        } else if (parts.length == 3 && parts[0].equals("orgs")) {
            throw new IllegalArgumentException("--can asks about one resource: name it, as in write:orgs/" + parts[1]
                    + "/" + parts[2] + "/NAME_OR_ID");
        }
        if (parts.length < type + 2) {
            throw new IllegalArgumentException(FORM + ", not \"" + text + "\"");
        }
        String name = String.join("/", Arrays.copyOfRange(parts, type + 1, parts.length));
        if (parts[type].isEmpty() || name.isEmpty() || (org != null && org.isEmpty())) {
            throw new IllegalArgumentException(FORM + ", not \"" + text + "\"");
        }
        return new CanQuery(action, org, ResourceTypes.check(parts[type]), name);
    }

    /** True when the resource was given by ID (16 hexadecimal characters) rather than by name. */
    public boolean byId() {
        return Ids.isId(nameOrId);
    }

    /** True when the org was given by ID. */
    public boolean orgById() {
        return Ids.isId(org);
    }
}
