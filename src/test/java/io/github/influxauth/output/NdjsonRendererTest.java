package io.github.influxauth.output;

import static io.github.influxauth.output.AuthorizationBuilder.TOKEN;
import static io.github.influxauth.output.AuthorizationBuilder.sent;
import static io.github.influxauth.output.Render.HEADERS;
import static io.github.influxauth.output.Render.NO_HEADERS;
import static io.github.influxauth.output.Render.SHOW_TOKENS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The ndjson format, whole: each server object compact on its own line, written as it arrives. */
class NdjsonRendererTest {

    @Test
    void oneCompactObjectALineAsTheServerSentIt() {
        String ndjson = Render.list(
                Format.ndjson,
                SHOW_TOKENS,
                sent("{\"id\":\"0d47c0000000a001\",\"description\":\"as sent\",\"token\":\"" + TOKEN
                        + "\",\"permissions\":[]," + "\"labels\":{\"team\":\"iot\"},\"expiresAt\":null}"),
                sent("{\"id\":\"0d47c0000000a002\"}"));
        assertEquals(
                "{\"id\":\"0d47c0000000a001\",\"description\":\"as sent\",\"token\":\"" + TOKEN
                        + "\",\"permissions\":[],"
                        + "\"labels\":{\"team\":\"iot\"},\"expiresAt\":null}\n"
                        + "{\"id\":\"0d47c0000000a002\"}\n",
                ndjson);
    }

    @Test
    void lineBreaksAndControlCharactersAreEscapedSoThatAnObjectIsOneLine() {
        String ndjson = Render.list(
                Format.ndjson,
                HEADERS,
                sent("{\"id\":\"0d47c0000000a001\",\"description\":\"a\\r\\nb\\u001b[2J\\u2028c センサー\"}"));
        // U+2028 ends a line for JavaScript and some terminals: escaped, like the controls.
        assertEquals("{\"id\":\"0d47c0000000a001\",\"description\":\"a\\r\\nb\\u001B[2J\\u2028c センサー\"}\n", ndjson);
    }

    @Test
    void theTokenIsMaskedUnlessAskedForAndHeadersChangeNothing() {
        Authorization a = sent("{\"id\":\"0d47c0000000a001\",\"token\":\"" + TOKEN + "\"}");
        String expected = "{\"id\":\"0d47c0000000a001\",\"token\":\"%s\"}\n";
        String masked = String.format(expected, TOKEN.substring(0, 4) + "…" + TOKEN.substring(TOKEN.length() - 4));
        assertEquals(masked, Render.list(Format.ndjson, HEADERS, a));
        assertEquals(masked, Render.list(Format.ndjson, NO_HEADERS, a));
        assertEquals(String.format(expected, TOKEN), Render.list(Format.ndjson, SHOW_TOKENS, a));
    }

    @Test
    void anEmptyListingIsNothing() {
        assertEquals("", Render.list(Format.ndjson, HEADERS));
    }

    @Test
    void oneAuthorizationIsOneLine() {
        assertEquals(
                "{\"id\":\"0d47c0000000a001\",\"permissions\":[]}\n",
                Render.one(Format.ndjson, HEADERS, sent("{\"id\":\"0d47c0000000a001\",\"permissions\":[]}")));
    }

    @Test
    void eachLineIsWrittenAsItsAuthorizationArrives() {
        StringWriter out = new StringWriter();
        ListRenderer ndjson = Renderers.list(Format.ndjson, Api.V2, new PrintWriter(out), HEADERS);
        assertEquals(true, ndjson.streams());
        ndjson.add(sent("{\"id\":\"0d47c0000000a001\"}"));
        assertEquals("{\"id\":\"0d47c0000000a001\"}\n", out.toString());
        ndjson.add(sent("{\"id\":\"0d47c0000000a002\"}"));
        assertEquals("{\"id\":\"0d47c0000000a001\"}\n{\"id\":\"0d47c0000000a002\"}\n", out.toString());
    }
}
