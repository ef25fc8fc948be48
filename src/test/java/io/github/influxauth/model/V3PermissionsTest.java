package io.github.influxauth.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class V3PermissionsTest {

    private static Permission p(String action, String type, String name) {
        return new Permission(action, new Resource(type, name, null, name, null));
    }

    @Test
    void oneStringWithSeveralNamesAndActionsIsOnePermissionEach() {
        V3Permissions.Parsed parsed = V3Permissions.parse("db:sensors,metrics:read,write");
        assertEquals(
                List.of(
                        p("read", "db", "sensors"),
                        p("write", "db", "sensors"),
                        p("read", "db", "metrics"),
                        p("write", "db", "metrics")),
                parsed.permissions());
        assertEquals(List.of(), parsed.unreadable());
    }

    @Test
    void aJsonArrayInsideTheStringHoldsSeveral() {
        V3Permissions.Parsed parsed = V3Permissions.parse("[\"db:sensors:write\",\"system:metrics:read\"]");
        assertEquals(List.of(p("write", "db", "sensors"), p("read", "system", "metrics")), parsed.permissions());
        assertEquals(List.of(), parsed.unreadable());
    }

    @Test
    void aStarNameIsEveryResourceOfTheType() {
        Permission every = V3Permissions.parse("db:*:read").permissions().get(0);
        assertEquals(p("read", "db", null), every);
        assertTrue(every.allowsAction("read"));
        assertFalse(every.allowsAction("write"));
        assertFalse(every.isEverything());
    }

    @Test
    void starStarStarIsEverything() {
        List<Permission> all = V3Permissions.parse("*:*:*").permissions();
        assertEquals(1, all.size());
        assertTrue(all.get(0).isEverything());
        assertTrue(all.get(0).allowsAction("write"));
        assertTrue(all.get(0).coversType("db"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "garbage",
                "db:sensors",
                "db::read",
                "db:sensors:",
                "db:a,*:read",
                "a:b:c:d",
                "db:sen sors:read",
                "[\"db:x:read\"",
                "[1,2]",
                "[\"db:x:read\"] trailing"
            })
    void whatDoesNotReadIsKeptAsTextAndGrantsNothing(String text) {
        V3Permissions.Parsed parsed = V3Permissions.parse(text);
        assertEquals(List.of(), parsed.permissions(), text);
        assertEquals(1, parsed.unreadable().size(), text);
    }

    @Test
    void anUnreadablePieceOfAnArrayLeavesTheOthers() {
        V3Permissions.Parsed parsed = V3Permissions.parse("[\"db:x:read\",\"nonsense\"]");
        assertEquals(List.of(p("read", "db", "x")), parsed.permissions());
        assertEquals(List.of("nonsense"), parsed.unreadable());
    }

    @Test
    void noTextNoPermissions() {
        assertEquals(new V3Permissions.Parsed(List.of(), List.of()), V3Permissions.parse(null));
        assertEquals(new V3Permissions.Parsed(List.of(), List.of()), V3Permissions.parse(" "));
    }
}
