package io.github.influxauth.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.influxauth.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PermissionTest {

    @Test
    void influxCliStringForms() {
        assertEquals(
                "write:orgs/o1/buckets/b1",
                new Permission("write", new Resource("buckets", "b1", "o1", null, null)).influxString());
        assertEquals(
                "read:orgs/o1/buckets",
                new Permission("read", new Resource("buckets", null, "o1", null, null)).influxString());
        assertEquals(
                "read:orgs/o1", new Permission("read", new Resource("orgs", "o1", null, "acme", null)).influxString());
        assertEquals(
                "read:/authorizations",
                new Permission("read", new Resource("authorizations", null, null, null, null)).influxString());
    }

    @Test
    void unknownFieldsAreKeptInTheRawObject() {
        var raw = Fixtures.parse(
                "{\"id\":\"0d47c0000000a001\",\"expiresAt\":\"2030\",\"permissions\":[{\"action\":\"read\","
                        + "\"resource\":{\"type\":\"quantumFlux\",\"shard\":7}}]}");
        Authorization a = Authorization.fromJson(raw);
        assertEquals("quantumFlux", a.permissions().get(0).resource().type());
        assertEquals("2030", a.raw().get("expiresAt").asText());
        assertEquals(null, a.token());
    }

    @Test
    void rejectsWhatIsNotAnAuthorization() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Authorization.fromJson(Fixtures.parse("{\"description\":\"no id\"}")));
        assertThrows(
                IllegalArgumentException.class,
                () -> Authorization.fromJson(Fixtures.parse("{\"id\":\"x\",\"permissions\":{\"action\":\"read\"}}")));
        assertThrows(
                IllegalArgumentException.class,
                () -> Authorization.fromJson(Fixtures.parse("{\"id\":\"x\",\"permissions\":[{\"action\":\"read\"}]}")));
    }
}
