package io.github.influxauth.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.influxauth.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tree reader must build what an ObjectMapper builds, except that numbers keep the text the
 * server sent: json/ndjson output is the server's objects exactly.
 */
class JsonTest {

    /** The reference: an ObjectMapper reading as the client's did before it read trees itself. */
    private static final ObjectMapper MAPPER =
            new ObjectMapper(Json.FACTORY.copy()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\":1,\"b\":-2147483649,\"c\":123456789012345678901234567890,\"d\":1.50,\"e\":1e3,\"f\":-0.0}",
                "{\"nested\":[[1,[2.0,{\"z\":[null,1E-7]}]],{\"q\":0.1000}],\"big\":1.7976931348623157E309}",
            })
    void numbersKeepTheirText(String json) throws Exception {
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            p.nextToken();
            assertEquals(json, MAPPER.writeValueAsString(Json.readTree(p)));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"s\": \"t\\u00e9\\u001b[31m\\ud83d\\ude00\", \"n\": null, \"t\": true, \"f\": false, \"o\": {}, \"l\": []}",
                "{\"k\": \"1\", \"x\": [\"2\"], \"k\": \"3\"}",
            })
    void readsTheSameTreeAsTheObjectMapper(String json) throws Exception {
        assertSameTree(json);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"{\"code\": \"unauthorized\", \"message\": \"x\"} trailing", "[1, 2]", "\"text\"", "  null "})
    void readsABodyAsTheObjectMappersReadTreeDoes(String text) throws Exception {
        assertEquals(MAPPER.readTree(text).toString(), Json.readTree(text).toString());
    }

    @Test
    void readsTheContractExampleAsTheObjectMapperDoes() throws Exception {
        assertSameTree(Fixtures.example("authorizations-list.json"));
    }

    private static void assertSameTree(String json) throws Exception {
        JsonNode expected = MAPPER.readTree(json);
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            p.nextToken();
            JsonNode actual = Json.readTree(p);
            assertEquals(expected, actual);
            assertEquals(expected.toString(), actual.toString());
            assertNull(p.nextToken(), "the parser is left on the value's last token");
        }
    }
}
