package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.RawHttpServer;
import io.github.influxauth.testing.Result;
import io.github.influxauth.testing.Secrets;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server that echoes the token back escaped, encoded or inside a protocol error gets no token on
 * stderr, in messages or in {@code --http-debug}. Each run's output is checked by the test harness
 * for the token in every form a server can write it ({@code testing.EncodedSecrets}); the
 * assertions here check what is said instead.
 */
class EncodedLeakTest {

    /** Has the characters that JSON, percent-encoding and base64 write differently. */
    private static final String TOKEN = "s3cret/Tok+en_value==0123456789abcdef/XYZ";

    private static final String JSON_ESCAPED = TOKEN.replace("/", "\\/");
    private static final String PERCENT =
            TOKEN.replace("/", "%2F").replace("+", "%2B").replace("=", "%3D");

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    private Result list(String host, String... extra) {
        String[] args = new String[5 + extra.length];
        args[0] = "list";
        args[1] = "--host";
        args[2] = host;
        args[3] = "--token";
        args[4] = TOKEN;
        System.arraycopy(extra, 0, args, 5, extra.length);
        return server.run(args);
    }

    @Test
    void aStatusLineThatIsTheToken() throws Exception {
        try (RawHttpServer raw = new RawHttpServer(TOKEN + " 200 OK\r\nContent-Length: 2\r\n\r\n{}")) {
            Result r = list(raw.url());
            assertEquals(1, r.exitCode(), r::toString);
            assertEquals(
                    "error: bad response from " + raw.url() + "api/v2/authorizations: the answer does not follow HTTP"
                            + " (Unexpected status line: <redacted> 200 OK)\n"
                            + "hint: is --host the address of the server's HTTP API, with the right scheme and port?\n",
                    r.err());
        }
    }

    @Test
    void aHeaderLineThatNeverEndsIsNotQuotedInHex() throws Exception {
        try (RawHttpServer raw = new RawHttpServer("HTTP/1.1 200 OK\r\nX-Echo: " + TOKEN)) {
            Result r = list(raw.url());
            assertEquals(1, r.exitCode(), r::toString);
            assertTrue(
                    r.err().startsWith("error: network failure talking to " + raw.url() + "api/v2/authorizations: "),
                    r::toString);
            assertTrue(!r.err().contains("content="), r::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--http-debug"})
    void aTextBodyQuotingTheTokenJsonEscaped(String debug) {
        server.fake()
                .fault(
                        0,
                        new MockResponse.Builder()
                                .code(500)
                                .addHeader("Content-Type", "text/plain")
                                .body("bad token \"" + JSON_ESCAPED + "\", also known as " + PERCENT + "\n")
                                .build());
        Result r = debug.isEmpty() ? list(server.url()) : list(server.url(), debug);
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(
                r.err().contains("instead of JSON: bad token \"<redacted>\", also known as <redacted> (from "),
                r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--http-debug"})
    void a401MessageWithEscapesOrPercentEncoding(String debug) {
        server.fake()
                .fault(
                        0,
                        FakeInfluxServer.json(
                                401,
                                "{\"code\":\"unauthorized\",\"message\":\"token " + JSON_ESCAPED + " (" + PERCENT
                                        + ") is not valid\"}"));
        Result r = debug.isEmpty() ? list(server.url()) : list(server.url(), debug);
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(
                r.err()
                        .contains(
                                "error: the server rejected the token from --token: token <redacted> (<redacted>) is not"
                                        + " valid (HTTP 401)\n"),
                r::toString);
    }

    @Test
    void headersEchoingTheTokenInAnyFormUnderHttpDebug() {
        server.fake()
                .fault(
                        0,
                        FakeInfluxServer.json(200, "{\"links\":{},\"authorizations\":[]}")
                                .newBuilder()
                                .addHeader("X-Echo", "Token " + TOKEN)
                                .addHeader("X-Echo-Encoded", PERCENT)
                                .addHeader(
                                        "X-Echo-Hex", java.util.HexFormat.of().formatHex(TOKEN.getBytes()))
                                .build());
        Result r = list(server.url(), "--http-debug");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().contains("X-Echo: Token <redacted>\n"), r::toString);
        assertTrue(r.err().contains("X-Echo-Encoded: <redacted>\n"), r::toString);
        assertTrue(r.err().contains("X-Echo-Hex: <redacted>\n"), r::toString);
    }

    @Test
    void aRedirectWhoseLocationHasTheTokenPercentEncoded() {
        server.fake()
                .fault(
                        0,
                        new MockResponse.Builder()
                                .code(302)
                                .addHeader("Location", "https://login.example/?next=%2Fapi&token=" + PERCENT)
                                .build());
        Result r = list(server.url());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(
                r.err()
                        .startsWith("error: bad response from " + server.url() + "api/v2/authorizations: HTTP 302: it"
                                + " redirects to https://login.example/?next=%2Fapi&token=<redacted>\n"),
                r::toString);
    }

    @Test
    void serverTokenValuesUnderAnEscapedKeyInHttpDebug() {
        String theirs = "someone-elses-token-value-0123456789==";
        Secrets.serverToken(theirs);
        server.fake()
                .fault(
                        0,
                        FakeInfluxServer.json(
                                200,
                                "{\"links\":{},\"authorizations\":[{\"id\":\"0d47b4f0c2e6a000\"," + "\"tok\\u0065n\":\""
                                        + theirs + "\",\"status\":\"active\",\"permissions\":[]}]}"));
        Result r = list(server.url(), "--http-debug");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().contains("\"tok\\u0065n\":\"<redacted>\""), r::toString);
    }

    @Test
    void anIdThatIsTheTokenIsNotQuotedInAShapeError() {
        server.fake()
                .fault(
                        0,
                        FakeInfluxServer.json(
                                200,
                                "{\"links\":{},\"authorizations\":[{\"id\":\"" + JSON_ESCAPED + "\",\"status\":7}]}"));
        Result r = list(server.url());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                "error: bad response from " + server.url() + "api/v2/authorizations: unexpected response:"
                        + " authorization <redacted> has a \"status\" that is not a string\n",
                r.err());
    }
}
