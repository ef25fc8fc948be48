package io.github.influxauth.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import io.github.influxauth.model.Resource;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class FiltersTest {

    static final String ORG = "5f1c2d3e4a6b7c80";
    static final String OTHER_ORG = "7a7b7c7d7e7f7071";
    static final String BUCKET = "8f3e2d1c0b4a5967";

    private static Authorization withPermissions(Permission... permissions) {
        return new Authorization(
                "0d47c0000000a001",
                "t",
                "active",
                "Telegraf Writer",
                ORG,
                "my-org",
                "0d47b4c1a9f6a000",
                "iot_user_1",
                null,
                null,
                List.of(permissions),
                null);
    }

    private static Permission p(String action, String type, String id, String orgID, String name) {
        return new Permission(action, new Resource(type, id, orgID, name, null));
    }

    private static final CanTarget TELEGRAF = new CanTarget(BUCKET, "telegraf", ORG, null);
    private static final Predicate<Authorization> CAN_WRITE_TELEGRAF =
            Filters.can("write", "buckets", List.of(TELEGRAF));

    @Test
    void canExplicitById() {
        assertTrue(CAN_WRITE_TELEGRAF.test(withPermissions(p("write", "buckets", BUCKET, ORG, "telegraf"))));
        assertFalse(
                CAN_WRITE_TELEGRAF.test(withPermissions(p("write", "buckets", "0000000000000001", ORG, "telegraf"))),
                "a resolved bucket is matched by ID, not by name");
    }

    @Test
    void canWrongActionOrType() {
        assertFalse(CAN_WRITE_TELEGRAF.test(withPermissions(p("read", "buckets", BUCKET, ORG, "telegraf"))));
        assertFalse(CAN_WRITE_TELEGRAF.test(withPermissions(p("write", "dashboards", BUCKET, ORG, null))));
    }

    @Test
    void canOrgWideSameOrgButNotOtherOrg() {
        assertTrue(CAN_WRITE_TELEGRAF.test(withPermissions(p("write", "buckets", null, ORG, null))));
        assertFalse(CAN_WRITE_TELEGRAF.test(withPermissions(p("write", "buckets", null, OTHER_ORG, null))));
    }

    @Test
    void canTypeWideInEveryOrg() {
        assertTrue(CAN_WRITE_TELEGRAF.test(withPermissions(p("write", "buckets", null, null, null))));
    }

    @Test
    void canDeletedResourceByIdOnly() {
        var deleted = Filters.can("write", "buckets", List.of(new CanTarget("2a9b8c7d6e5f4031", null, null, null)));
        assertTrue(deleted.test(withPermissions(p("write", "buckets", "2a9b8c7d6e5f4031", ORG, null))));
        assertFalse(deleted.test(withPermissions(p("write", "buckets", BUCKET, ORG, null))));
        assertTrue(
                deleted.test(withPermissions(p("write", "buckets", null, OTHER_ORG, null))),
                "unknown org: org-wide permissions of every org count");
    }

    @Test
    void canUnresolvedNameMatchesExplicitPermissionsByName() {
        var byName = Filters.can("write", "buckets", List.of(new CanTarget(null, "telegraf", null, "my-org")));
        assertTrue(byName.test(withPermissions(p("write", "buckets", BUCKET, ORG, "telegraf"))));
        assertFalse(byName.test(withPermissions(p("write", "buckets", BUCKET, ORG, null))));
        assertTrue(byName.test(
                withPermissions(new Permission("write", new Resource("buckets", null, ORG, null, "my-org")))));
        assertFalse(byName.test(
                withPermissions(new Permission("write", new Resource("buckets", null, OTHER_ORG, null, "other")))));
    }

    @Test
    void canUnknownType() {
        var unknown = Filters.can("read", "quantumFlux", List.of(new CanTarget("1111222233334444", null, ORG, null)));
        assertTrue(unknown.test(withPermissions(p("read", "quantumFlux", "1111222233334444", ORG, null))));
        assertFalse(unknown.test(withPermissions(p("read", "buckets", null, null, null))));
    }

    @Test
    void canAnyOfSeveralTargets() {
        var either = Filters.can(
                "write", "buckets", List.of(TELEGRAF, new CanTarget("9a9b9c9d9e9f9091", "telegraf", OTHER_ORG, null)));
        assertTrue(either.test(withPermissions(p("write", "buckets", null, OTHER_ORG, null))));
        assertTrue(either.test(withPermissions(p("write", "buckets", "9a9b9c9d9e9f9091", OTHER_ORG, "telegraf"))));
    }

    @Test
    void operatorCanDoAnythingAllAccessOnlyInItsOrg() {
        Authorization operator =
                Authorization.fromJson(io.github.influxauth.testing.Fixtures.authorizations("authorizations-list.json")
                        .get(0));
        Authorization allAccess = Authorization.fromJson(
                io.github.influxauth.testing.Fixtures.authorizationsIn("/fixtures/audit-list.json")
                        .get(8));
        var otherOrgBucket = Filters.can(
                "write", "buckets", List.of(new CanTarget("9a9b9c9d9e9f9091", "telegraf", OTHER_ORG, null)));
        assertTrue(CAN_WRITE_TELEGRAF.test(operator));
        assertTrue(otherOrgBucket.test(operator));
        assertTrue(CAN_WRITE_TELEGRAF.test(allAccess));
        assertFalse(otherOrgBucket.test(allAccess));
        assertTrue(Filters.permissions(List.of(PermissionPattern.parse("write:authorizations")))
                .test(operator));
        assertFalse(Filters.permissions(List.of(PermissionPattern.parse("write:instance")))
                .test(operator));
    }

    @Test
    void permissionPatternsMustEachHold() {
        Authorization a =
                withPermissions(p("read", "buckets", null, ORG, null), p("write", "dashboards", null, ORG, null));
        assertTrue(
                Filters.permissions(List.of(PermissionPattern.parse("write"))).test(a));
        assertTrue(
                Filters.permissions(List.of(PermissionPattern.parse("read:buckets"), PermissionPattern.parse("write")))
                        .test(a));
        assertFalse(Filters.permissions(List.of(PermissionPattern.parse("write:buckets")))
                .test(a));
    }

    @Test
    void descriptionIgnoresCase() {
        assertTrue(Filters.description("writer").test(withPermissions()));
        assertFalse(Filters.description("reader").test(withPermissions()));
    }

    @Test
    void parseErrors() {
        assertEquals(
                "--can: the action must be read or write, not \"delete\"",
                assertThrows(IllegalArgumentException.class, () -> CanQuery.parse("delete:buckets/x"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> CanQuery.parse("write:buckets/"));
        assertThrows(IllegalArgumentException.class, () -> PermissionPattern.parse("write:"));
        assertTrue(CanQuery.parse("write:buckets/8f3e2d1c0b4a5967").byId());
        assertFalse(CanQuery.parse("write:buckets/telegraf").byId());
        assertEquals(new CanQuery("read", null, "buckets", "a/b"), CanQuery.parse("READ:buckets/a/b"));
    }
}
