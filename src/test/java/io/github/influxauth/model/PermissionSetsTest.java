package io.github.influxauth.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wholesale sets a summary names: operator and all-access, in the shapes influxd makes them. */
class PermissionSetsTest {

    private static List<Permission> allAccess() {
        return Authorization.fromJson(Fixtures.parse(Fixtures.example("authorization-all-access.json")))
                .permissions();
    }

    private static List<Permission> without(List<Permission> permissions, String action, String type) {
        List<Permission> fewer = new ArrayList<>(permissions);
        fewer.removeIf(p -> p.action().equals(action) && p.resource().type().equals(type));
        return fewer;
    }

    @Test
    void theRealAllAccessShapeIsAllAccess() {
        // Read only on the org itself, read and write on one user, read and write org-wide on the rest.
        List<Permission> permissions = allAccess();
        assertEquals(43, permissions.size());
        assertEquals("5f1c2d3e4a6b7c80", PermissionSets.allAccessOrg(permissions));
        assertFalse(PermissionSets.isOperator(permissions));
    }

    @Test
    void missingAnyPartIsNotAllAccess() {
        assertNull(PermissionSets.allAccessOrg(without(allAccess(), "read", "orgs")));
        assertNull(PermissionSets.allAccessOrg(without(allAccess(), "write", "users")));
        assertNull(PermissionSets.allAccessOrg(without(allAccess(), "write", "buckets")));
        assertNull(PermissionSets.allAccessOrg(without(allAccess(), "read", "replications")));
    }

    @Test
    void readOnTheOrgMustBeOnThatOrg() {
        List<Permission> permissions = without(allAccess(), "read", "orgs");
        permissions.add(new Permission("read", new Resource("orgs", "7a7b7c7d7e7f7071", null, "other-org", null)));
        assertNull(PermissionSets.allAccessOrg(permissions));
    }

    @Test
    void operatorIsEveryTypeInEveryOrg() {
        List<Permission> operator = new ArrayList<>();
        for (String type : PermissionSets.INFLUXD_RESOURCE_TYPES) {
            operator.add(new Permission("read", new Resource(type, null, null, null, null)));
            operator.add(new Permission("write", new Resource(type, null, null, null, null)));
        }
        assertTrue(PermissionSets.isOperator(operator));
        assertFalse(PermissionSets.isOperator(operator.subList(1, operator.size())));
    }

    @Test
    void manyOrgsTakeLinearTime() {
        // One permission in each of 100,000 orgs: checking each org against every permission took
        // minutes; one pass takes milliseconds. The bound is far above the linear time, far below the
        // quadratic one.
        List<Permission> permissions = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            permissions.add(
                    new Permission("read", new Resource("buckets", null, String.format("%016x", i), null, null)));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertNull(PermissionSets.allAccessOrg(permissions));
            assertFalse(PermissionSets.isOperator(permissions));
        });
    }
}
