package io.github.influxauth.output;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import io.github.influxauth.model.Resource;
import io.github.influxauth.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;

/**
 * Authorizations made by hand for the renderer tests, so that each test shows the fields it is
 * about. Unless a test sets it, the raw JSON is what a server would have sent for the typed fields.
 */
final class AuthorizationBuilder {

    /** 88 characters, the length of an influxd token. */
    static final String TOKEN =
            "HfFTpcR9AWUTWkX29ijXLjCKC_swwf1RK-3FIzxXrZPsAg9X1kZVIqrcBjGXYewoUWbpnuT7S_8QW87l0Sdszg==";

    private final String id;
    private String token;
    private String status = "active";
    private String description;
    private String orgID = "5f1c2d3e4a6b7c80";
    private String org = "my-org";
    private String userID = "0d47b3a6d4b6a000";
    private String user = "admin";
    private String createdAt = "2024-03-14T16:02:11Z";
    private String updatedAt = "2024-04-02T08:45:00.5Z";
    private final List<Permission> permissions = new ArrayList<>();
    private ObjectNode raw;

    private AuthorizationBuilder(String id) {
        this.id = id;
    }

    /** Active, of user admin in org my-org, without token, description or permissions. */
    static AuthorizationBuilder authorization(String id) {
        return new AuthorizationBuilder(id);
    }

    /** As the server sent {@code json}, with typed fields that differ from it, to show which of the two is printed. */
    static Authorization sent(String json) {
        return authorization("0d47c0000000ffff")
                .description("typed, never printed")
                .raw(Fixtures.parse(json))
                .build();
    }

    AuthorizationBuilder token(String token) {
        this.token = token;
        return this;
    }

    AuthorizationBuilder status(String status) {
        this.status = status;
        return this;
    }

    AuthorizationBuilder description(String description) {
        this.description = description;
        return this;
    }

    AuthorizationBuilder user(String name, String id) {
        this.user = name;
        this.userID = id;
        return this;
    }

    AuthorizationBuilder org(String name, String id) {
        this.org = name;
        this.orgID = id;
        return this;
    }

    AuthorizationBuilder dates(String created, String updated) {
        this.createdAt = created;
        this.updatedAt = updated;
        return this;
    }

    /** A permission; {@code id}, {@code orgID}, {@code name} and {@code org} may be null. */
    AuthorizationBuilder permission(String action, String type, String id, String orgID, String name, String org) {
        permissions.add(new Permission(action, new Resource(type, id, orgID, name, org)));
        return this;
    }

    AuthorizationBuilder permissions(List<Permission> all) {
        permissions.addAll(all);
        return this;
    }

    /** The JSON object as sent, instead of one made from the typed fields. */
    AuthorizationBuilder raw(ObjectNode raw) {
        this.raw = raw;
        return this;
    }

    Authorization build() {
        return new Authorization(
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
                raw != null ? raw : rawFromFields());
    }

    private ObjectNode rawFromFields() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        putIfSet(o, "id", id);
        putIfSet(o, "token", token);
        putIfSet(o, "status", status);
        putIfSet(o, "description", description);
        putIfSet(o, "orgID", orgID);
        putIfSet(o, "org", org);
        putIfSet(o, "userID", userID);
        putIfSet(o, "user", user);
        var perms = o.putArray("permissions");
        for (Permission p : permissions) {
            ObjectNode po = perms.addObject();
            putIfSet(po, "action", p.action());
            ObjectNode r = po.putObject("resource");
            putIfSet(r, "type", p.resource().type());
            putIfSet(r, "id", p.resource().id());
            putIfSet(r, "orgID", p.resource().orgID());
            putIfSet(r, "name", p.resource().name());
            putIfSet(r, "org", p.resource().org());
        }
        putIfSet(o, "createdAt", createdAt);
        putIfSet(o, "updatedAt", updatedAt);
        return o;
    }

    private static void putIfSet(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
