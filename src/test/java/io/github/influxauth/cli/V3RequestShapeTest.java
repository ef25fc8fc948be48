package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.FakeInfluxDb3;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What goes over the wire to InfluxDB 3: one POST of the token query, with exactly the headers it accepts. */
class V3RequestShapeTest {

    static final String QUERY_BODY =
            "{\"db\":\"_internal\",\"q\":\"SELECT * FROM system.tokens ORDER BY token_id\",\"format\":\"json\"}";

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> core = FakeServer.of(FakeInfluxDb3::core);

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> enterprise = FakeServer.of(FakeInfluxDb3::enterprise);

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> withoutAuth = FakeServer.of(FakeInfluxDb3::withoutAuth);

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> core37 = FakeServer.of(FakeInfluxDb3::core37);

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> core30 = FakeServer.of(FakeInfluxDb3::core30);

    static void assertTheTokenQuery(RecordedRequest r, String token) {
        assertEquals("POST", r.getMethod(), r::toString);
        assertEquals("/api/v3/query_sql", r.getTarget());
        assertEquals(QUERY_BODY, r.getBody().utf8());
        assertEquals("application/json", r.getHeaders().get("Accept"), "exactly: a charset parameter gets a 400");
        assertEquals("application/json", r.getHeaders().get("Content-Type"));
        assertEquals("Token " + token, r.getHeaders().get("Authorization"));
        assertTrue(r.getHeaders().get("User-Agent").startsWith("influx-auth/"));
    }

    @Test
    void listAndGetSendOneQueryToEachVersion() {
        Map<String, FakeServer<FakeInfluxDb3>> servers = Map.of(
                "core", core, "enterprise", enterprise, "without-auth", withoutAuth, "3.7", core37, "3.0", core30);
        servers.forEach((name, server) -> {
            for (String[] args : List.of(new String[] {"list"}, new String[] {"get", "_admin"}, new String[] {
                "list", "--format", "csv", "--sort", "expiry", "--status", "active"
            })) {
                Result r = server.run(args);
                assertEquals(0, r.exitCode(), () -> name + " " + String.join(" ", args) + "\n" + r);
                List<RecordedRequest> requests = server.requests();
                assertEquals(1, requests.size(), () -> name + " " + requests);
                assertTheTokenQuery(requests.get(0), FakeInfluxDb3.adminToken());
            }
        });
    }

    @Test
    void apiV3WithOurOwnOptionsSendsTheQueryFirst() {
        String token = FakeInfluxDb3.adminToken();
        Result option = core.cli().run("list", "--api", "v3", "--host", core.url(), "--token", token);
        assertEquals(0, option.exitCode(), option::toString);
        Result variable = core.cli()
                .env("INFLUX_HOST", core.url())
                .env("INFLUX_TOKEN", token)
                .env("INFLUX_AUTH_API", "V3")
                .run("get", "grafana-ro");
        assertEquals(0, variable.exitCode(), variable::toString);
        List<RecordedRequest> requests = core.requests();
        assertEquals(2, requests.size(), requests::toString);
        requests.forEach(r -> assertTheTokenQuery(r, token));
    }

    @Test
    void aPathPrefixOfTheHostIsKept() {
        Result r = core.cli().env("INFLUXDB3_HOST_URL", core.url("/influx/")).run("list");
        assertEquals(1, r.exitCode(), "the fake serves no prefix: its text 404 says so\n" + r);
        assertEquals("/influx/api/v3/query_sql", core.requests().get(0).getTarget());
    }

    @Test
    void httpDebugShowsTheQueryAndTheRowsButNoToken() {
        Result r = core.run("list", "--http-debug");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--> POST " + core.url("/api/v3/query_sql")), r.err());
        assertTrue(r.err().contains(QUERY_BODY), r.err());
        assertTrue(r.err().contains("Authorization: ██"), r.err());
        assertTrue(r.err().contains("\"name\":\"grafana-ro\""), r.err());
        assertFalse(r.err().contains(FakeInfluxDb3.adminToken()), r.err());
    }
}
