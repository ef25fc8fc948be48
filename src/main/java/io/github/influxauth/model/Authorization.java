package io.github.influxauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One token as the server sent it, whichever API listed it: an InfluxDB v2 authorization or a row
 * of InfluxDB 3's {@code system.tokens}. The typed fields serve filters and renderers; {@code raw}
 * is the untouched JSON object, printed as-is by the JSON formats so that fields this version does
 * not know survive.
 *
 * <p>Every text field may be null when the server left it out, and some belong to one API only:
 * {@code token}, {@code org*} and {@code user*} to v2; {@code name}, {@code kind}, {@code createdBy},
 * {@code updatedBy}, {@code expiresAt} and {@code hash} to v3 (null for v2). For v3, {@code id} is
 * the {@code token_id}, {@code status} is {@code active} or {@code expired}, and {@code createdAt}
 * and {@code updatedAt} are UTC times in ISO-8601 ({@code 2026-03-02T09:14:07.218Z}); for v2 they
 * are the text the server sent.
 *
 * @param expiresAt             when a v3 token expires; null when it never does
 * @param unreadablePermissions permission text the tool could not read: shown as it is, never matched
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
        ObjectNode raw,
        Api api,
        String name,
        TokenKind kind,
        String createdBy,
        String updatedBy,
        Instant expiresAt,
        String hash,
        List<String> unreadablePermissions) {

    public Authorization {
        permissions = List.copyOf(permissions);
        unreadablePermissions = List.copyOf(unreadablePermissions);
    }

    /** An InfluxDB v2 authorization. */
    public Authorization(
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
        this(
                id,
                token,
                status,
                description,
                orgID,
                org,
                userID,
                user,
                createdAt,
                updatedAt,
                permissions,
                raw,
                Api.V2,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    @Override
    public String toString() {
        // Never the token: this may end up in a message or a test report.
        return "Authorization[" + api + " id=" + id + ", name=" + name + ", description=" + description + ", user="
                + user + ", org=" + org + "]";
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
        JsonNode idNode = object.get("id");
        if (idNode == null || !idNode.isTextual() || idNode.asText().isEmpty()) {
            throw new IllegalArgumentException("an authorization has no \"id\" string");
        }
        String id = idNode.asText();
        List<Permission> permissions = new ArrayList<>();
        JsonNode perms = object.get("permissions");
        if (perms != null && !perms.isNull()) {
            if (!perms.isArray()) {
                throw new IllegalArgumentException(
                        "authorization " + id + " has a \"permissions\" that is not an array");
            }
            for (JsonNode p : perms) {
                JsonNode r = p.get("resource");
                if (!p.isObject() || r == null || !r.isObject() || text(r, "type", id) == null) {
                    throw new IllegalArgumentException(
                            "authorization " + id + " has a permission without a resource type");
                }
                permissions.add(new Permission(
                        text(p, "action", id),
                        new Resource(
                                text(r, "type", id),
                                text(r, "id", id),
                                text(r, "orgID", id),
                                text(r, "name", id),
                                text(r, "org", id))));
            }
        }
        return new Authorization(
                id,
                text(object, "token", id),
                text(object, "status", id),
                text(object, "description", id),
                text(object, "orgID", id),
                text(object, "org", id),
                text(object, "userID", id),
                text(object, "user", id),
                text(object, "createdAt", id),
                text(object, "updatedAt", id),
                permissions,
                object);
    }

    /**
     * A known field is a string or absent. Anything else means the body is not what the API
     * promises, and printing it as text would hide that.
     */
    private static String text(JsonNode node, String field, String id) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("authorization " + id + " has a \"" + field + "\" that is not a string");
        }
        return value.asText();
    }
}
