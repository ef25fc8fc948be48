package io.github.influxauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One authorization (API token) as the server sent it. The typed fields serve filters and
 * renderers; {@code raw} is the untouched JSON object, printed as-is by the JSON formats so that
 * fields this version does not know survive.
 *
 * <p>Every text field may be null when the server left it out.
 */
public record Authorization(
        String id,
        String token,
        String status,
        String description,
        String orgID,
        String org,
        String userID,
        String user,
        String createdAt,
        String updatedAt,
        List<Permission> permissions,
        ObjectNode raw) {

    public Authorization {
        permissions = List.copyOf(permissions);
    }

    @Override
    public String toString() {
        // Never the token: this may end up in a message or a test report.
        return "Authorization[id=" + id + ", description=" + description + ", user=" + user + ", org=" + org + "]";
    }

    /**
     * Reads the fields this tool uses; tolerant of unknown fields and of missing optional ones.
     *
     * @throws IllegalArgumentException when the node is not an authorization object at all
     */
    public static Authorization fromJson(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("an authorization is not a JSON object");
        }
        String id = text(object, "id");
        if (id == null) {
            throw new IllegalArgumentException("an authorization has no \"id\"");
        }
        List<Permission> permissions = new ArrayList<>();
        JsonNode perms = object.get("permissions");
        if (perms != null && !perms.isNull()) {
            if (!perms.isArray()) {
                throw new IllegalArgumentException("authorization " + id + " has a \"permissions\" that is not an array");
            }
            for (JsonNode p : perms) {
                JsonNode r = p.get("resource");
                if (!p.isObject() || r == null || !r.isObject() || text(r, "type") == null) {
                    throw new IllegalArgumentException("authorization " + id + " has a permission without a resource type");
                }
                permissions.add(new Permission(
                        text(p, "action"),
                        new Resource(text(r, "type"), text(r, "id"), text(r, "orgID"), text(r, "name"), text(r, "org"))));
            }
        }
        return new Authorization(
                id,
                text(object, "token"),
                text(object, "status"),
                text(object, "description"),
                text(object, "orgID"),
                text(object, "org"),
                text(object, "userID"),
                text(object, "user"),
                text(object, "createdAt"),
                text(object, "updatedAt"),
                permissions,
                object);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
