package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.FakeInfluxDb3;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Fixtures;
import io.github.influxauth.testing.Result;
import io.github.influxauth.testing.TestCertificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every error InfluxDB 3 answers the token query with, and the v2 path's robustness on the v3 path:
 * truncated, HTML and mis-shaped bodies, retries, the time limit, TLS trust.
 */
class V3ErrorsTest {

    private static final String EXPIRED_HINT =
            "hint: check the token; InfluxDB 3 rejects an expired token the same way as an unknown one\n";

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> core = FakeServer.of(FakeInfluxDb3::core);

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> core37 = FakeServer.of(FakeInfluxDb3::core37);

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> enterprise = FakeServer.of(FakeInfluxDb3::enterprise);

    private String queryUrl() {
        return core.url("/api/v3/query_sql");
    }

    private static MockResponse body(int status, String contentType, String body) {
        return new MockResponse.Builder()
                .code(status)
                .headers(Headers.of("Content-Type", contentType))
                .body(body)
                .build();
    }

    private Result listWithFault(MockResponse fault, String... args) {
        core.fake().faultNext(fault);
        String[] all = new String[args.length + 1];
        all[0] = "list";
        System.arraycopy(args, 0, all, 1, args.length);
        return core.run(all);
    }

    @Test
    void anExpiredTokenNamesWhereTheTokenCameFrom() {
        Result r = core.cli()
                .env("INFLUXDB3_AUTH_TOKEN", FakeInfluxDb3.token("old-ci"))
                .run("list");
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "error: the server rejected the token from INFLUXDB3_AUTH_TOKEN: the request was not authenticated"
                        + " (HTTP 401)\n" + EXPIRED_HINT,
                r.err());
        assertEquals(1, core.requests().size());
    }

    @Test
    void version37RejectsWithNoReasonAndATokenFileIsNamed() throws Exception {
        Path file = Files.writeString(core37.home().resolve("token"), "apiv3_not-a-token-of-this-server\n");
        Result r = core37.run("get", "_admin", "--token-file", file.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals(
                "error: the server rejected the token from --token-file " + file + ": no reason given (HTTP 401)\n"
                        + EXPIRED_HINT,
                r.err());
    }

    @Test
    void enterpriseWantsAnAdminToken() {
        Result r = enterprise
                .cli()
                .env("INFLUXDB3_AUTH_TOKEN", FakeInfluxDb3.token("health-probe"))
                .run("list");
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals(
                "error: listing tokens on InfluxDB 3 Enterprise needs an admin token; the one from INFLUXDB3_AUTH_TOKEN"
                        + " is not (HTTP 403)\nhint: use an admin token (influxdb3 create token --admin)\n",
                r.err());
    }

    @Test
    void aQueryErrorQuotesTheServerWhetherJsonOrText() {
        Result json =
                listWithFault(body(400, "application/json", "{\"error\": \"error while planning query: SQL error\"}"));
        assertEquals(1, json.exitCode(), json::toString);
        assertEquals(
                "error: the InfluxDB 3 query of its tokens failed: error while planning query: SQL error (HTTP 400)\n",
                json.err());
        Result text = listWithFault(body(500, "text/plain", "internal error: \u001b[31mquery panicked"));
        assertEquals(1, text.exitCode(), text::toString);
        assertEquals(
                "error: the InfluxDB 3 query of its tokens failed: internal error: \\e[31mquery panicked (HTTP 500)\n",
                text.err());
        Result database = listWithFault(body(404, "application/json", Fixtures.v3Example("error-404-database.json")));
        assertEquals(1, database.exitCode(), "a 404 of the query is no missing token\n" + database);
        assertEquals(
                "error: the InfluxDB 3 query of its tokens failed: query error: database not found: nope (HTTP 404)\n",
                database.err());
    }

    @Test
    void responsesThatAreNotTheRowsAreErrorsNeverPartialListings() {
        Result truncated = listWithFault(body(200, "application/json", "[{\"token_id\":0,\"name\":\"_admin\""));
        assertEquals(1, truncated.exitCode(), truncated::toString);
        assertEquals("", truncated.out());
        assertTrue(
                truncated
                        .err()
                        .startsWith("error: bad response from " + queryUrl()
                                + ": the response is truncated: the JSON ends early"),
                truncated::toString);

        Result html = listWithFault(body(200, "text/html", "<html><body>Sign in to the proxy</body></html>"));
        assertEquals(1, html.exitCode(), html::toString);
        assertEquals(
                "error: bad response from " + queryUrl() + ": HTTP 200 with a text/html body instead of JSON:"
                        + " Sign in to the proxy\n"
                        + "hint: is --host the InfluxDB server, or a proxy in front of it?\n",
                html.err());

        Result object = listWithFault(body(200, "application/json", "{\"rows\":[]}"));
        assertEquals(
                "error: bad response from " + queryUrl() + ": unexpected response: not a JSON array\n", object.err());

        Result row = listWithFault(body(200, "application/json", "[{\"name\":\"x\"}]"));
        assertEquals(
                "error: bad response from " + queryUrl()
                        + ": unexpected response: a row of system.tokens has no \"token_id\"\n",
                row.err());
    }

    @Test
    void aStreamingListingCutShortSaysItIsIncomplete() {
        String two = Fixtures.v3Example("query-tokens-core.json");
        Result r = listWithFault(
                body(200, "application/json", two.substring(0, two.indexOf("{\"token_id\":3"))), "--format", "ndjson");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(2, r.out().lines().count(), r::toString);
        assertTrue(
                r.err().endsWith("hint: the 2 authorization(s) printed before the failure are not the whole listing\n"),
                r::toString);
    }

    @Test
    void a503IsRetriedAsOnTheV2Path() {
        core.fake()
                .fault(
                        0,
                        new MockResponse.Builder()
                                .code(503)
                                .headers(Headers.of("Retry-After", "0"))
                                .build());
        Result r = core.run("list", "--format", "csv", "--hide-headers");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(3, r.out().lines().count());
        assertEquals(List.of("/api/v3/query_sql", "/api/v3/query_sql"), core.targets());
    }

    @Test
    void theTimeLimitBoundsTheQuery() {
        core.fake()
                .fault(
                        0,
                        body(200, "application/json", "[]")
                                .newBuilder()
                                .headersDelay(10, TimeUnit.SECONDS)
                                .build());
        long start = System.nanoTime();
        Result r = core.run("list", "--timeout", "300ms");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                "error: no complete answer from " + queryUrl() + " within the --timeout of 300ms\n"
                        + "hint: raise the limit with --timeout, e.g. --timeout 2m\n",
                r.err());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    void httpsWithTheCaOfTheServerAndWithout() throws Exception {
        try (MockWebServer https = new MockWebServer()) {
            https.useHttps(TestCertificates.serving(TestCertificates.LOCALHOST).sslSocketFactory());
            https.setDispatcher(FakeInfluxDb3.core());
            https.start(java.net.InetAddress.getLoopbackAddress(), 0);
            Path caFile = Files.writeString(core.home().resolve("ca.pem"), TestCertificates.CA.certificatePem());
            Cli cli = new Cli(core.home())
                    .env("INFLUXDB3_HOST_URL", https.url("/").toString())
                    .env("INFLUXDB3_AUTH_TOKEN", FakeInfluxDb3.adminToken());
            Result trusted = cli.run("list", "--ca-cert", caFile.toString(), "--format", "csv", "--hide-headers");
            assertEquals(0, trusted.exitCode(), trusted::toString);
            assertEquals(3, trusted.out().lines().count());
            Result untrusted = cli.run("list");
            assertEquals(1, untrusted.exitCode(), untrusted::toString);
            assertTrue(
                    untrusted.err().startsWith("error: cannot verify the TLS certificate of " + https.url("/")),
                    untrusted::toString);
        }
    }
}
