package io.github.influxauth.output;

import static io.github.influxauth.output.AuthorizationBuilder.TOKEN;
import static io.github.influxauth.output.AuthorizationBuilder.authorization;
import static io.github.influxauth.output.AuthorizationBuilder.sent;
import static io.github.influxauth.output.Render.HEADERS;
import static io.github.influxauth.output.Render.NO_HEADERS;
import static io.github.influxauth.output.Render.SHOW_TOKENS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.model.Authorization;
import org.junit.jupiter.api.Test;

/** The json format, whole: the server's objects as sent, pretty-printed like jq. */
class JsonRendererTest {

    @Test
    void aListingIsAnArrayOfTheObjectsAsTheServerSentThem() {
        String json = Render.list(
                Format.json,
                SHOW_TOKENS,
                sent("{\"id\":\"0d47c0000000a001\",\"description\":\"as sent\",\"token\":\"" + TOKEN
                        + "\",\"permissions\":[],"
                        + "\"labels\":{\"team\":\"iot\"},\"expiresAt\":null,\"extra\":{},\"tags\":[\"a\",\"b\"]}"),
                sent("{\"id\":\"0d47c0000000a002\"}"));
        assertEquals("""
                [
                  {
                    "id": "0d47c0000000a001",
                    "description": "as sent",
                    "token": "%s",
                    "permissions": [],
                    "labels": {
                      "team": "iot"
                    },
                    "expiresAt": null,
                    "extra": {},
                    "tags": [
                      "a",
                      "b"
                    ]
                  },
                  {
                    "id": "0d47c0000000a002"
                  }
                ]
                """.formatted(TOKEN), json);
    }

    @Test
    void controlCharactersAreJsonEscapesAndWideTextIsKept() {
        String json = Render.list(
                Format.json,
                HEADERS,
                sent("{\"id\":\"0d47c0000000a001\",\"description\":\"\\u001b[31mred\\u0007\\r\\n\\tセンサー 🚀\"}"));
        assertEquals("""
                [
                  {
                    "id": "0d47c0000000a001",
                    "description": "\\u001B[31mred\\u0007\\r\\n\\tセンサー 🚀"
                  }
                ]
                """, json);
    }

    @Test
    void theTokenIsMaskedUnlessAskedForAndHeadersChangeNothing() {
        Authorization a = sent("{\"id\":\"0d47c0000000a001\",\"token\":\"" + TOKEN + "\"}");
        String expected = "[\n  {\n    \"id\": \"0d47c0000000a001\",\n    \"token\": \"%s\"\n  }\n]\n";
        String masked = String.format(expected, TOKEN.substring(0, 4) + "…" + TOKEN.substring(TOKEN.length() - 4));
        assertEquals(masked, Render.list(Format.json, HEADERS, a));
        assertEquals(masked, Render.list(Format.json, NO_HEADERS, a));
        assertEquals(String.format(expected, TOKEN), Render.list(Format.json, SHOW_TOKENS, a));
    }

    @Test
    void charactersATerminalActsOnAreEscapedInTheSameJsonValue() {
        Authorization a =
                sent("{\"id\":\"0d47c0000000a001\",\"description\":\"a\u007fb\u009bc\u202ed\u2028e\u200df\"}");
        assertEquals(
                "[\n  {\n    \"id\": \"0d47c0000000a001\",\n"
                        + "    \"description\": \"a\\u007Fb\\u009Bc\\u202Ed\\u2028e\u200df\"\n  }\n]\n",
                Render.list(Format.json, HEADERS, a));
    }

    @Test
    void anEmptyListingIsAnEmptyArray() {
        assertEquals("[]\n", Render.list(Format.json, HEADERS));
    }

    @Test
    void oneAuthorizationIsAnObjectNotAnArray() {
        assertEquals(
                """
                {
                  "id": "0d47c0000000a001",
                  "status": "active",
                  "permissions": []
                }
                """,
                Render.one(
                        Format.json,
                        HEADERS,
                        sent("{\"id\":\"0d47c0000000a001\",\"status\":\"active\",\"permissions\":[]}")));
    }

    @Test
    void withoutARawObjectTheBuilderWritesTheTypedFields() {
        // The builder's own raw object, checked here once so that the other renderer tests can rely on it.
        assertEquals(
                """
                {
                  "id": "0d47c0000000a001",
                  "status": "active",
                  "orgID": "5f1c2d3e4a6b7c80",
                  "org": "my-org",
                  "userID": "0d47b3a6d4b6a000",
                  "user": "admin",
                  "permissions": [
                    {
                      "action": "read",
                      "resource": {
                        "type": "buckets",
                        "orgID": "5f1c2d3e4a6b7c80"
                      }
                    }
                  ],
                  "createdAt": "2024-03-14T16:02:11Z",
                  "updatedAt": "2024-04-02T08:45:00.5Z"
                }
                """,
                Render.one(
                        Format.json,
                        HEADERS,
                        authorization("0d47c0000000a001")
                                .permission("read", "buckets", null, "5f1c2d3e4a6b7c80", null, null)
                                .build()));
    }
}
