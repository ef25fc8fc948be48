package io.github.influxauth.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import io.github.influxauth.model.Resource;
import io.github.influxauth.model.V3Row;
import io.github.influxauth.testing.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionTextTest {

    private static Permission p(String action, String type, String id, String orgID, String name) {
        return new Permission(action, new Resource(type, id, orgID, name, null));
    }

    @Test
    void operatorAndAllAccessAreNamed() {
        List<Authorization> examples = new ArrayList<>();
        Fixtures.authorizations("authorizations-list.json").forEach(a -> examples.add(Authorization.fromJson(a)));
        assertEquals("operator", PermissionText.summary(examples.get(0).permissions()));
        Authorization allAccess = Authorization.fromJson(
                Fixtures.authorizationsIn("/fixtures/audit-list.json").get(8));
        assertEquals("all-access", PermissionText.summary(allAccess.permissions()));
    }

    @Test
    void anOperatorSetMissingOnePermissionIsSpelledOut() {
        List<Permission> perms = new ArrayList<>(Authorization.fromJson(
                        Fixtures.authorizations("authorizations-list.json").get(0))
                .permissions());
        perms.remove(perms.size() - 1);
        String summary = PermissionText.summary(perms);
        assertEquals("read,write authorizations/* (all orgs)", summary.substring(0, summary.indexOf(';')));
        assertEquals(true, summary.endsWith("read replications/* (all orgs)"));
    }

    @Test
    void groupedByResourceWithNamesElseIds() {
        assertEquals(
                "read,write buckets/telegraf; read buckets/2a9b8c7d6e5f4031; read dashboards/*; write views/* (all orgs)",
                PermissionText.summary(List.of(
                        p("write", "buckets", "8f3e2d1c0b4a5967", "o", "telegraf"),
                        p("read", "buckets", "8f3e2d1c0b4a5967", "o", "telegraf"),
                        p("read", "buckets", "2a9b8c7d6e5f4031", "o", null),
                        p("read", "dashboards", null, "o", null),
                        p("write", "views", null, null, null))));
    }

    @Test
    void noPermissions() {
        assertEquals("(none)", PermissionText.summary(List.of()));
    }

    @Test
    void detailDescriptions() {
        assertEquals(
                "telegraf (8f3e2d1c0b4a5967) in acme",
                PermissionText.describe(new Resource("buckets", "8f3e2d1c0b4a5967", "o", "telegraf", "acme")));
        assertEquals(
                "2a9b8c7d6e5f4031 in org 5f1c2d3e4a6b7c80",
                PermissionText.describe(new Resource("buckets", "2a9b8c7d6e5f4031", "5f1c2d3e4a6b7c80", null, null)));
        assertEquals("* in every org", PermissionText.describe(new Resource("buckets", null, null, null, null)));
        assertEquals(
                "acme (5f1c2d3e4a6b7c80)",
                PermissionText.describe(new Resource("orgs", "5f1c2d3e4a6b7c80", null, "acme", null)));
    }

    private static Authorization v3(String permissions) {
        ObjectNode row = JsonNodeFactory.instance
                .objectNode()
                .put("token_id", 4)
                .put("name", "t")
                .put("hash", "0a1b2c3d4");
        return V3Row.toToken(row.put("permissions", permissions), Instant.EPOCH);
    }

    @Test
    void influxDb3PermissionsGroupByTypeAndActions() {
        Authorization a = v3("[\"db:sensors,metrics:read,write\",\"system:health:read\"]");
        assertEquals("read,write db/sensors,metrics; read system/health", PermissionText.v3Summary(a));
        assertEquals("db:sensors,metrics:read,write system:health:read", PermissionText.v3Strings(a));
        Authorization split = v3("[\"db:sensors:write\",\"db:metrics:write\",\"db:sensors:read\"]");
        assertEquals("read,write db/sensors; write db/metrics", PermissionText.v3Summary(split));
        assertEquals("read db/*", PermissionText.v3Summary(v3("db:*:read")));
    }

    @Test
    void influxDb3AdminAndNothingAndUnreadableText() {
        assertEquals("admin (*:*:*)", PermissionText.v3Summary(v3("*:*:*")));
        assertEquals("*:*:*", PermissionText.v3Strings(v3("*:*:*")));
        assertEquals("(none)", PermissionText.v3Summary(v3("")));
        assertEquals("read db/x; some:thing", PermissionText.v3Summary(v3("[\"db:x:read\",\"some:thing\"]")));
    }
}
