package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Fixtures;
import io.github.influxauth.testing.Result;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okio.Buffer;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken and hostile answers: each is exit 1 with one error line (and maybe a hint), and never a
 * partial listing passed off as complete. Table and JSON print nothing; the streamed formats say in
 * the hint that what they printed is not the whole listing.
 */
class HostileResponseTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    private String listUrl() {
        return server.url("/api/v2/authorizations");
    }

    private static MockResponse body(int status, String contentType, String body) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", contentType)
                .body(body)
                .build();
    }

    private static final String PAGE =
            "{\"links\":{},\"authorizations\":[{\"id\":\"0d47b4f0c2e6a000\",\"status\":\"active\","
                    + "\"permissions\":[]}]}";

    private void assertFailure(Result r, String... errLines) {
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertEquals(String.join("\n", errLines) + "\n", r.err(), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "json", "ndjson", "csv"})
    void htmlErrorPageGivesStatusContentTypeAndItsTitleEscapedAndCut(String format) {
        String page = "<html>\r\n<head><title>502 \u001b[31mBad Gateway " + "x".repeat(300)
                + "</title></head><body>nginx</body></html>";
        server.fake().fault(0, body(502, "text/html", page));
        Result r = server.run("list", "--format", format);
        // The title, at most 200 characters: 21 before the x's, ESC counting as one before it is escaped.
        String excerpt = "502 \\e[31mBad Gateway " + "x".repeat(200 - 21);
        assertFailure(
                r,
                "error: HTTP 502 with a text/html body instead of JSON: " + excerpt + " (from " + listUrl() + ")",
                "hint: is --host the InfluxDB server, or a proxy in front of it?");
    }

    @Test
    void plainTextErrorPage() {
        server.fake().fault(0, body(500, "text/plain", "upstream connect error\n"));
        Result r = server.run("list");
        assertFailure(
                r,
                "error: HTTP 500 with a text/plain body instead of JSON: upstream connect error (from " + listUrl()
                        + ")",
                "hint: is --host the InfluxDB server, or a proxy in front of it?");
    }

    @Test
    void htmlPageWithStatus200IsNotTakenForAnEmptyListing() {
        server.fake().fault(0, body(200, "text/html; charset=utf-8", "<html><body>Log in to the proxy</body></html>"));
        Result r = server.run("list");
        assertFailure(
                r,
                "error: bad response from " + listUrl()
                        + ": HTTP 200 with a text/html; charset=utf-8 body instead of JSON: " + "Log in to the proxy",
                "hint: is --host the InfluxDB server, or a proxy in front of it?");
    }

    @Test
    void errorPageEchoingTheTokenDoesNotRepeatIt() {
        String page = "<pre>Authorization: Token " + FakeInfluxServer.TOKEN + "</pre>";
        server.fake().fault(0, body(400, "text/html", page));
        Result r = server.run("list");
        assertFailure(
                r,
                "error: HTTP 400 with a text/html body instead of JSON: Authorization: Token <redacted> (from "
                        + listUrl() + ")",
                "hint: is --host the InfluxDB server, or a proxy in front of it?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "json", "ndjson", "csv"})
    void truncatedJson(String format) {
        server.fake().fault(0, body(200, "application/json", PAGE.substring(0, 60)));
        Result r = server.run("list", "--format", format);
        assertFailure(
                r,
                "error: bad response from " + listUrl()
                        + ": the response is truncated: the JSON ends early at line 1, column 61");
    }

    @Test
    void malformedJson() {
        server.fake().fault(0, body(200, "application/json", PAGE.replace("\"status\"", "status")));
        Result r = server.run("list");
        assertFailure(
                r,
                "error: bad response from " + listUrl()
                        + ": the response is not valid JSON at line 1, column 56 (unexpected character 's')");
    }

    @Test
    void malformedJsonNeverQuotesWhatItFoundThere() {
        // An unquoted token: Jackson's own message would quote it.
        String broken = "{\"authorizations\":[{\"id\":\"0d47b4f0c2e6a000\",\"token\":" + FakeInfluxServer.TOKEN + "}]}";
        server.fake().fault(0, body(200, "application/json", broken));
        Result r = server.run("list");
        assertFailure(
                r, "error: bad response from " + listUrl() + ": the response is not valid JSON at line 1, column 53");
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "json", "ndjson", "csv"})
    void connectionResetMidBody(String format) {
        String full = FakeInfluxServer.indented(Fixtures.parse(Fixtures.example("authorizations-list.json")));
        MockResponse reset = new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(full)
                .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
                .build();
        server.fake().fault(0, reset);
        Result r = server.run("list", "--format", format);
        assertFailure(
                r,
                "error: network failure talking to " + listUrl() + ": unexpected end of stream",
                "hint: the connection broke off; try again, and see the exchange with --http-debug");
    }

    @Test
    void gzipEncodedBodyIsListedLikeAPlainOne() throws Exception {
        Result plain = server.run("list");
        server.requests(); // the plain listing's; the gzip one's are checked below
        Buffer gzipped = new Buffer();
        try (var sink = Okio.buffer(new GzipSink(gzipped))) {
            sink.writeUtf8(Fixtures.example("authorizations-list.json"));
        }
        MockResponse gzip = new MockResponse.Builder()
                .headers(Headers.of("Content-Type", "application/json; charset=utf-8", "Content-Encoding", "gzip"))
                .body(gzipped)
                .build();
        server.serve(FakeInfluxServer.withContractExamples().fault(0, gzip));
        Result r = server.run("list");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(plain.out(), r.out());
        assertEquals(4, r.out().lines().count(), r::toString);
        assertEquals("", r.err());
        assertEquals(
                List.of("gzip"),
                server.requests().stream()
                        .map(q -> q.getHeaders().get("Accept-Encoding"))
                        .toList());
    }

    @Test
    void bodyThatClaimsGzipButIsNot() {
        MockResponse fake = new MockResponse.Builder()
                .headers(Headers.of("Content-Type", "application/json", "Content-Encoding", "gzip"))
                .body(PAGE)
                .build();
        server.fake().fault(0, fake);
        Result r = server.run("list");
        assertFailure(
                r,
                "error: bad response from " + listUrl()
                        + ": the response says it is gzip-encoded, but it is not valid gzip");
    }

    @Test
    void unknownFieldsAreKeptInJsonOutput() {
        String body =
                "{\"links\":{},\"newTopLevel\":[1,2],\"authorizations\":[{\"id\":\"0d47b4f0c2e6a000\",\"status\":\"active\","
                        + "\"permissions\":[],\"expiresAt\":\"2030-01-01T00:00:00Z\",\"labels\":{\"team\":\"iot\"}}]}";
        server.fake().fault(0, body(200, "application/json", body));
        Result r = server.run("list", "--json");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("""
                [
                  {
                    "id": "0d47b4f0c2e6a000",
                    "status": "active",
                    "permissions": [],
                    "expiresAt": "2030-01-01T00:00:00Z",
                    "labels": {
                      "team": "iot"
                    }
                  }
                ]
                """, r.out());
        assertEquals("", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "json", "ndjson", "csv"})
    void emptyBodyWith200(String format) {
        server.fake().fault(0, body(200, "application/json", ""));
        Result r = server.run("list", "--format", format);
        assertFailure(r, "error: bad response from " + listUrl() + ": the response body is empty");
    }

    @Test
    void authorizationsNotAnArray() {
        server.fake().fault(0, body(200, "application/json", "{\"authorizations\":{\"id\":\"0d47b4f0c2e6a000\"}}"));
        Result r = server.run("list");
        assertFailure(
                r,
                "error: bad response from " + listUrl() + ": unexpected response: \"authorizations\" is not an array");
    }

    @Test
    void noAuthorizationsAtAll() {
        server.fake().fault(0, body(200, "application/json", "{\"links\":{}}"));
        Result r = server.run("list");
        assertFailure(
                r, "error: bad response from " + listUrl() + ": unexpected response: no \"authorizations\" array");
    }

    @Test
    void topLevelArrayInsteadOfObject() {
        server.fake().fault(0, body(200, "application/json", "[]"));
        Result r = server.run("list");
        assertFailure(r, "error: bad response from " + listUrl() + ": unexpected response: not a JSON object");
    }

    @Test
    void textAfterTheObject() {
        server.fake().fault(0, body(200, "application/json", PAGE + "{}"));
        Result r = server.run("list");
        assertFailure(r, "error: bad response from " + listUrl() + ": unexpected response: text after the JSON object");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"id\":\"0d47b4f0c2e6a000\",\"status\":{\"active\":true}}|authorization 0d47b4f0c2e6a000 has a \"status\" that is not a string",
                "{\"id\":1234}|an authorization has no \"id\" string",
                "{\"id\":\"0d47b4f0c2e6a000\",\"permissions\":\"all\"}|authorization 0d47b4f0c2e6a000 has a \"permissions\" that is not an array",
                "{\"id\":\"0d47b4f0c2e6a000\",\"permissions\":[{\"action\":\"read\"}]}|authorization 0d47b4f0c2e6a000 has a permission without a resource type",
                "{\"id\":\"0d47b4f0c2e6a000\",\"token\":42}|authorization 0d47b4f0c2e6a000 has a \"token\" that is not a string",
                "\"0d47b4f0c2e6a000\"|an authorization is not a JSON object",
            })
    void wrongTypes(String caseText) {
        String[] c = caseText.split("\\|");
        server.fake().fault(0, body(200, "application/json", "{\"authorizations\":[" + c[0] + "]}"));
        Result r = server.run("list", "--json");
        assertFailure(r, "error: bad response from " + listUrl() + ": unexpected response: " + c[1]);
    }

    @Test
    void nextLinkThatIsNotAString() {
        server.fake().fault(0, body(200, "application/json", "{\"links\":{\"next\":2},\"authorizations\":[]}"));
        Result r = server.run("list");
        assertFailure(
                r, "error: bad response from " + listUrl() + ": unexpected response: \"links.next\" is not a string");
    }

    /** The second page fails after the first was parsed: only the streamed formats have printed anything. */
    @ParameterizedTest
    @ValueSource(strings = {"table", "json"})
    void failureOnALaterPagePrintsNothingInWholeFormats(String format) {
        server.fake().pageSize(1).fault(1, body(200, "application/json", PAGE.substring(0, 40)));
        Result r = server.run("list", "--format", format);
        assertFailure(
                r,
                "error: bad response from " + listUrl()
                        + "?offset=1: the response is truncated: the JSON ends early at line 1, column 41");
    }

    @Test
    void failureOnALaterPageSaysTheNdjsonListingIsIncomplete() {
        Result whole = server.run("list", "--format", "ndjson");
        server.serve(FakeInfluxServer.withContractExamples()
                .pageSize(1)
                .fault(1, body(200, "application/json", PAGE.substring(0, 40))));
        Result r = server.run("list", "--format", "ndjson");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(whole.out().lines().findFirst().orElseThrow() + "\n", r.out());
        assertEquals(
                "error: bad response from " + listUrl()
                        + "?offset=1: the response is truncated: the JSON ends early at line 1, column 41\n"
                        + "hint: the 1 authorization(s) printed before the failure are not the whole listing\n",
                r.err());
    }

    @Test
    void failureOnALaterPageSaysTheCsvListingIsIncomplete() {
        Result whole = server.run("list", "--format", "csv");
        server.serve(FakeInfluxServer.withContractExamples()
                .pageSize(2)
                .faultFrom(
                        1,
                        body(503, "application/json", "{\"code\":\"unavailable\",\"message\":\"overloaded\"}")
                                .newBuilder()
                                .addHeader("Retry-After", "0")
                                .build()));
        Result r = server.run("list", "--format", "csv");
        assertEquals(1, r.exitCode(), r::toString);
        List<String> lines = whole.out().lines().toList();
        assertEquals(lines.get(0) + "\r\n" + lines.get(1) + "\r\n" + lines.get(2) + "\r\n", r.out());
        assertEquals(
                "error: server error: overloaded (HTTP 503)\n"
                        + "hint: the 2 authorization(s) printed before the failure are not the whole listing\n",
                r.err());
    }

    @Test
    void redirectIsNotFollowed() {
        MockResponse redirect = new MockResponse.Builder()
                .code(301)
                .addHeader("Location", "https://influx.example.com/api/v2/authorizations")
                .addHeader("Content-Type", "text/html")
                .body("<html>Moved Permanently</html>")
                .build();
        server.fake().fault(0, redirect);
        Result r = server.run("list");
        assertFailure(
                r,
                "error: bad response from " + listUrl()
                        + ": HTTP 301: it redirects to https://influx.example.com/api/v2/authorizations",
                "hint: give --host the address it redirects to; redirects are not followed, so that the token goes nowhere else");
        assertEquals(1, server.requestCount());
    }

    @Test
    void getWithAnHtmlPagePrintsNothing() {
        server.fake().fault(0, body(200, "text/html", "<html>sign in</html>"));
        Result r = server.run("get", "0d47b4f0c2e6a000");
        assertFailure(
                r,
                "error: bad response from " + server.url()
                        + "api/v2/authorizations/0d47b4f0c2e6a000: HTTP 200 with a text/html body instead of JSON: sign in",
                "hint: is --host the InfluxDB server, or a proxy in front of it?");
    }

    @Test
    void getWithTruncatedJsonPrintsNothing() {
        server.fake().fault(0, body(200, "application/json", "{\"id\":\"0d47b4f0c2e6a000\",\"status\":"));
        Result r = server.run("get", "0d47b4f0c2e6a000");
        assertFailure(
                r,
                "error: bad response from " + server.url()
                        + "api/v2/authorizations/0d47b4f0c2e6a000: the response is truncated: the JSON ends early at line 1, column 35");
    }

    @Test
    void httpDebugTracesWithoutAnyTokenValue() {
        server.fake().pageSize(2);
        Result r = server.run("list", "--http-debug");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(4, r.out().lines().count(), r::toString);
        assertTrue(r.err().contains("--> GET " + listUrl() + "\n"), r::toString);
        assertTrue(r.err().contains("--> GET " + listUrl() + "?offset=2\n"), r::toString);
        assertTrue(r.err().contains("Authorization: ██"), r::toString);
        assertTrue(r.err().contains("\"token\": \"<redacted>\""), r::toString);
        assertFalse(r.err().contains(FakeInfluxServer.TOKEN), r::toString);
        // Cli's guard has checked every server token as well.
    }

    @Test
    void httpDebugOfAnErrorPageEchoingTheToken() {
        server.fake().fault(0, body(401, "text/plain", "bad token " + FakeInfluxServer.TOKEN));
        // The message names where the token came from: here, on purpose, the option.
        Result r = server.run("list", "--token=" + FakeInfluxServer.TOKEN, "--http-debug");
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().contains("bad token <redacted>\n"), r::toString);
        assertTrue(
                r.err()
                        .endsWith(
                                "error: the server rejected the token from --token: no reason given (HTTP 401)\n"
                                        + "hint: check the token; listing tokens needs the read:authorizations permission in the org\n"),
                r::toString);
    }
}
