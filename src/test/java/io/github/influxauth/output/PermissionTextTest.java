package io.github.influxauth.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import io.github.influxauth.model.Resource;
import io.github.influxauth.testing.Fixtures;
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
        Authorization allAccess = Authorization.fromJson(Fixtures.authorizationsIn("/fixtures/audit-list.json").get(8));
        assertEquals("all-access", PermissionText.summary(allAccess.permissions()));
    }

    @Test
    void anOperatorSetMissingOnePermissionIsSpelledOut() {
        List<Permission> perms = new ArrayList<>(Authorization.fromJson(
                Fixtures.authorizations("authorizations-list.json").get(0)).permissions());
        perms.remove(perms.size() - 1);
        String summary = PermissionText.summary(perms);
        assertEquals("read,write authorizations/* (all orgs)", summary.substring(0, summary.indexOf(';')));
        assertEquals(true, summary.endsWith("read replications/* (all orgs)"));
    }

    @Test
    void groupedByResourceWithNamesElseIds() {
        assertEquals("read,write buckets/telegraf; read buckets/2a9b8c7d6e5f4031; read dashboards/*; write views/* (all orgs)",
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
        assertEquals("telegraf (8f3e2d1c0b4a5967) in acme",
                PermissionText.describe(new Resource("buckets", "8f3e2d1c0b4a5967", "o", "telegraf", "acme")));
        assertEquals("2a9b8c7d6e5f4031 in org 5f1c2d3e4a6b7c80",
                PermissionText.describe(new Resource("buckets", "2a9b8c7d6e5f4031", "5f1c2d3e4a6b7c80", null, null)));
        assertEquals("* in every org", PermissionText.describe(new Resource("buckets", null, null, null, null)));
        assertEquals("acme (5f1c2d3e4a6b7c80)", PermissionText.describe(new Resource("orgs", "5f1c2d3e4a6b7c80", null, "acme", null)));
    }
}
