package io.github.influxauth.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.influxauth.JsonTrees;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of system.tokens as the client reads them (numbers kept as raw text), made into token records. */
class V3RowTest {

    static final Instant NOW = Instant.parse("2026-09-01T00:00:00Z");

    private static JsonNode row(String json) {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            return JsonTrees.read(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theOperatorRowOfCore() {
        JsonNode node = row(
                "{\"token_id\":0,\"name\":\"_admin\",\"hash\":\"7c1e52a0f\",\"created_at\":\"2026-03-02T09:14:07.218\","
                        + "\"updated_at\":\"2026-05-11T16:40:55.903\",\"updated_by_token_id\":0,\"permissions\":\"*:*:*\"}");
        Authorization a = V3Row.toToken(node, NOW);
        assertEquals(Api.V3, a.api());
        assertEquals("0", a.id());
        assertEquals("_admin", a.name());
        assertEquals(TokenKind.operator, a.kind());
        assertEquals("active", a.status());
        assertEquals("7c1e52a0f", a.hash());
        assertEquals("2026-03-02T09:14:07.218Z", a.createdAt());
        assertEquals("2026-05-11T16:40:55.903Z", a.updatedAt());
        assertEquals("0", a.updatedBy());
        assertNull(a.createdBy());
        assertNull(a.expiresAt(), "no expiry column: never expires");
        assertNull(a.description());
        assertNull(a.token(), "InfluxDB 3 never lists a token's value");
        assertSame(node, a.raw());
    }

    @Test
    void timesWithoutAFractionAndTheExpiryDecideTheStatus() {
        Authorization active = V3Row.toToken(
                row("{\"token_id\":1,\"name\":\"grafana-ro\",\"created_at\":\"2026-03-02T09:20:00\","
                        + "\"expiry\":\"2027-03-02T09:20:00\",\"permissions\":\"*:*:*\"}"),
                NOW);
        assertEquals("2026-03-02T09:20:00Z", active.createdAt());
        assertEquals(Instant.parse("2027-03-02T09:20:00Z"), active.expiresAt());
        assertEquals("active", active.status());
        assertEquals(TokenKind.admin, active.kind());

        String expiring = "{\"token_id\":3,\"name\":\"old-ci\",\"created_at\":\"2026-01-15T11:02:33.410\","
                + "\"expiry\":\"2026-09-01T00:00:00\",\"permissions\":\"*:*:*\"}";
        assertEquals("expired", V3Row.toToken(row(expiring), NOW).status(), "an expiry at this very moment has passed");
        assertEquals("active", V3Row.toToken(row(expiring), NOW.minusMillis(1)).status());
    }

    @Test
    void aResourceTokenWithADescription() {
        Authorization a = V3Row.toToken(
                row(
                        "{\"token_id\":18446744073709551615,\"name\":\"sensors-rw\",\"description\":\"ingest\","
                                + "\"created_by_token_id\":0,\"created_at\":\"2026-04-02T10:11:12.131\",\"permissions\":\"db:sensors:write\"}"),
                NOW);
        assertEquals("18446744073709551615", a.id(), "UInt64 beyond a long stays exact");
        assertEquals("ingest", a.description());
        assertEquals("0", a.createdBy());
        assertEquals(TokenKind.resource, a.kind());
        assertEquals(1, a.permissions().size());
    }

    @Test
    void aZonedTimeIsConvertedToUtc() {
        Authorization a = V3Row.toToken(
                row("{\"token_id\":1,\"name\":\"x\",\"created_at\":\"2026-03-02T10:20:00+01:00\","
                        + "\"permissions\":\"*:*:*\"}"),
                NOW);
        assertEquals("2026-03-02T09:20:00Z", a.createdAt());
    }

    @Test
    void rowsThatAreNotTokenRowsAreRefusedWithTheReason() {
        assertEquals(
                "a row of system.tokens is not a JSON object",
                assertThrows(IllegalArgumentException.class, () -> V3Row.toToken(row("[1]"), NOW))
                        .getMessage());
        assertEquals(
                "a row of system.tokens has no \"token_id\"",
                assertThrows(IllegalArgumentException.class, () -> V3Row.toToken(row("{\"name\":\"x\"}"), NOW))
                        .getMessage());
        assertEquals(
                "a row of system.tokens has a \"token_id\" that is not a whole number",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> V3Row.toToken(row("{\"token_id\":-1,\"name\":\"x\"}"), NOW))
                        .getMessage());
        assertEquals(
                "token 2 has no \"name\"",
                assertThrows(IllegalArgumentException.class, () -> V3Row.toToken(row("{\"token_id\":2}"), NOW))
                        .getMessage());
        assertEquals(
                "token 2 has a \"expiry\" that is not a time",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> V3Row.toToken(row("{\"token_id\":2,\"name\":\"x\",\"expiry\":\"soon\"}"), NOW))
                        .getMessage());
        assertEquals(
                "token 2 has a \"name\" that is not a string",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> V3Row.toToken(row("{\"token_id\":2,\"name\":7}"), NOW))
                        .getMessage());
    }

    @Test
    void unreadablePermissionsAreKeptApart() {
        Authorization a = V3Row.toToken(row("{\"token_id\":9,\"name\":\"odd\",\"permissions\":\"future:thing\"}"), NOW);
        assertEquals(List.of(), a.permissions());
        assertEquals(List.of("future:thing"), a.unreadablePermissions());
        assertEquals(TokenKind.resource, a.kind());
    }
}
