package io.github.influxauth.cli;

import static io.github.influxauth.testing.Golden.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.FakeInfluxDb3;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --api auto} both ways: a v2 server sees exactly the requests {@code --api v2} sends, never an
 * InfluxDB 3 one; an InfluxDB 3 server is recognised from its answer to the v2 request, and asked
 * its token query next, one request more.
 */
class ApiDetectionTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> v2 = FakeServer.contractExamples();

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> core = FakeServer.of(FakeInfluxDb3::core);

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> core37 = FakeServer.of(FakeInfluxDb3::core37);

    /** The InfluxDB 3 server, reached with our own variables: nothing says which API it speaks. */
    private static Cli auto(FakeServer<FakeInfluxDb3> server, String token) {
        return new Cli(server.home()).env("INFLUX_HOST", server.url()).env("INFLUX_TOKEN", token);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "list",
                "list --format ndjson --limit 1",
                "list --user iot_user_1 --status active --permission write",
                "list --user nobody",
                "list --org-id 5f1c2d3e4a6b7c80 --sort created",
                "list --can write:buckets/telegraf",
                "list --can write:buckets/8f3e2d1c0b4a5967",
                "list --can write:buckets/nosuchbucket",
                "list --can read:dashboards/0d47b5e2c1d8a000",
                "get 0d47b4f0c2e6a000",
                "get ffffffffffffffff",
                "list --token wrong-token-for-v2",
                "get 0d47b4f0c2e6a000 --token wrong-token-for-v2",
            })
    void aV2ServerSeesInAutoExactlyWhatV2Sends(String args) {
        Result asV2 = v2.run((args + " --api v2").split(" "));
        List<String> v2Requests = v2.targets();
        Result auto = v2.run(args.split(" "));
        List<String> autoRequests = v2.targets();
        assertEquals(v2Requests, autoRequests);
        assertTrue(autoRequests.stream().allMatch(t -> t.startsWith("/api/v2/")), autoRequests::toString);
        assertEquals(asV2, auto, "and prints the same");
    }

    @Test
    void anInfluxDb3AnswerToTheV2RequestLeadsToTheTokenQuery() {
        Result r = auto(core, FakeInfluxDb3.adminToken()).run("list");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err());
        assertGolden("v3/core-list-table.txt", r.out());
        List<RecordedRequest> requests = core.requests();
        assertEquals(2, requests.size(), requests::toString);
        assertEquals("GET /api/v2/authorizations HTTP/1.1", requests.get(0).getRequestLine());
        V3RequestShapeTest.assertTheTokenQuery(requests.get(1), FakeInfluxDb3.adminToken());
    }

    @Test
    void getByIdTurnsToInfluxDb3TooAndFindsNothingThere() {
        Result r = auto(core, FakeInfluxDb3.adminToken()).run("get", "0d47b4f0c2e6a000");
        assertEquals(4, r.exitCode(), r::toString);
        assertEquals(
                "error: no token has the ID or name \"0d47b4f0c2e6a000\" (from " + core.url("/api/v3/query_sql")
                        + ")\nhint: influx-auth list shows every token's ID and name\n",
                r.err());
        assertEquals(List.of("/api/v2/authorizations/0d47b4f0c2e6a000", "/api/v3/query_sql"), core.targets());
    }

    @Test
    void anExpiredTokenIs401WithAnErrorBodyAndTheQuerySaysTheSame() {
        Result r = auto(core, FakeInfluxDb3.token("old-ci")).run("list");
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals(
                "error: the server rejected the token from INFLUX_TOKEN: the request was not authenticated (HTTP 401)\n"
                        + "hint: check the token; InfluxDB 3 rejects an expired token the same way as an unknown one\n",
                r.err());
        assertEquals(List.of("/api/v2/authorizations", "/api/v3/query_sql"), core.targets());
    }

    @Test
    void version37RejectsWithAnEmptyBody() {
        Result r = auto(core37, "apiv3_unknown-token").run("list");
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals(
                "error: the server rejected the token from INFLUX_TOKEN: no reason given (HTTP 401)\n"
                        + "hint: check the token; InfluxDB 3 rejects an expired token the same way as an unknown one\n",
                r.err());
        assertEquals(List.of("/api/v2/authorizations", "/api/v3/query_sql"), core37.targets());
    }

    @Test
    void aClusterUuidHeaderAloneTellsInfluxDb3() {
        core.fake()
                .fault(
                        0,
                        new MockResponse.Builder()
                                .code(500)
                                .headers(Headers.of(
                                        "Content-Type",
                                        "application/json",
                                        "cluster-uuid",
                                        "0b7e3d5c-6f21-4d8a-9b1e-2c4f6a8d0e13"))
                                .body("{\"error\": \"internal error\"}")
                                .build());
        Result r = auto(core, FakeInfluxDb3.adminToken()).run("list", "--format", "csv", "--hide-headers");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(3, r.out().lines().count(), r::toString);
        assertEquals(List.of("/api/v2/authorizations", "/api/v3/query_sql"), core.targets());
    }

    @Test
    void aBucketLookUpThatInfluxDb3AnswersLeadsStraightToTheQuery() {
        Result r = auto(core, FakeInfluxDb3.adminToken())
                .run("list", "--can", "write:buckets/telegraf", "--format", "csv", "--hide-headers");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err(), "no v2 note about the bucket: InfluxDB 3 has none to look up");
        assertEquals(3, r.out().lines().count(), "*:*:* may write anywhere\n" + r);
        assertEquals(List.of("/api/v2/buckets?name=telegraf", "/api/v3/query_sql"), core.targets());
    }

    @Test
    void userAndOrgFiltersAreAUsageErrorOnceInfluxDb3IsKnown() {
        Result r = auto(core, FakeInfluxDb3.adminToken()).run("list", "--user", "iot_user_1");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(
                "error: InfluxDB 3 tokens have no user or org\n"
                        + "hint: --user, --user-id, --org and --org-id filter InfluxDB v2 tokens only\n",
                r.err());
        assertEquals(List.of("/api/v2/authorizations?user=iot_user_1"), core.targets(), "no query after that");
    }

    @Test
    void getOfANameInAutoIsTheV2UsageErrorBeforeAnyRequest() {
        Result r = auto(core, FakeInfluxDb3.adminToken()).run("get", "grafana-ro");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(
                "error: \"grafana-ro\" is not an authorization ID: IDs are 16 hexadecimal characters\n"
                        + "hint: see 'influx-auth get --help'\n",
                r.err());
        assertEquals(List.of(), core.targets());
    }

    @Test
    void apiV2NeverTriesInfluxDb3AndSaysWhatTheServerLooksLike() {
        Result r = auto(core, FakeInfluxDb3.adminToken()).run("list", "--api", "v2");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                "error: nothing at " + core.url("/api/v2/authorizations")
                        + ": a text/plain; charset=utf-8 body instead of JSON: Not found (HTTP 404)\n"
                        + "hint: the server answers like InfluxDB 3: give --api v3, or leave --api at auto\n",
                r.err());
        assertEquals(List.of("/api/v2/authorizations"), core.targets());
    }

    @Test
    void apiV3AgainstAV2ServerSaysWhyInfluxDb3WasAssumed() {
        Result r = v2.cli().env("INFLUX_AUTH_API", "v3").run("list");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                "error: the server has no InfluxDB 3 query API: path not found (HTTP 404, from "
                        + v2.url("/api/v3/query_sql") + ")\n"
                        + "hint: InfluxDB 3 was assumed from INFLUX_AUTH_API; for an InfluxDB v2 server, give --api v2 or auto\n",
                r.err());
        assertEquals(List.of("/api/v3/query_sql"), v2.targets());
        Result fromHost = new Cli(v2.home())
                .env("INFLUXDB3_HOST_URL", v2.url())
                .env("INFLUXDB3_AUTH_TOKEN", FakeInfluxServer.TOKEN)
                .run("list");
        assertTrue(
                fromHost.err()
                        .endsWith("hint: InfluxDB 3 was assumed from INFLUXDB3_HOST_URL; for an InfluxDB v2 server,"
                                + " give --api v2 or auto\n"),
                fromHost::toString);
        Result overridden = new Cli(v2.home())
                .env("INFLUXDB3_HOST_URL", v2.url())
                .env("INFLUXDB3_AUTH_TOKEN", FakeInfluxServer.TOKEN)
                .run("list", "--api", "auto", "--format", "csv", "--hide-headers");
        assertEquals(0, overridden.exitCode(), "an explicit --api beats what the variable implies\n" + overridden);
        assertEquals(3, overridden.out().lines().count());
    }

    @Test
    void aBadApiValueIsAUsageError() {
        Result option = v2.run("list", "--api", "v4");
        assertEquals(2, option.exitCode(), option::toString);
        assertEquals("error: --api must be auto, v2 or v3, not \"v4\"\n", option.err());
        Result variable = v2.cli().env("INFLUX_AUTH_API", "influx3").run("get", "0d47b4f0c2e6a000");
        assertEquals("error: INFLUX_AUTH_API must be auto, v2 or v3, not \"influx3\"\n", variable.err());
        assertEquals(List.of(), v2.targets());
    }
}
