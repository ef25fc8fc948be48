package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Fixtures;
import io.github.influxauth.testing.Result;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What goes over the wire: paths, query parameters, headers; and what --http-debug shows of it. */
class RequestShapeTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    @Test
    void serverSideFiltersAreSentAsQueryParameters() {
        Result r = server.run("list", "--user", "iot_user_1", "--org-id", "5f1c2d3e4a6b7c80");
        assertEquals(0, r.exitCode(), r::toString);
        RecordedRequest request = server.requests().get(0);
        assertEquals("GET", request.getMethod());
        assertEquals("/api/v2/authorizations?user=iot_user_1&orgID=5f1c2d3e4a6b7c80", request.getTarget());
        assertEquals("application/json", request.getHeaders().get("Accept"));
        assertTrue(request.getHeaders().get("User-Agent").startsWith("influx-auth/"));

        server.run("list", "--user-id", "0d47b4c1a9f6a000", "--org", "my-org");
        assertEquals(
                "/api/v2/authorizations?userID=0d47b4c1a9f6a000&org=my-org",
                server.targets().get(0));
    }

    @Test
    void namesAreEncodedInTheQuery() {
        server.run("list", "--user", "a&b=c d");
        assertEquals(
                "/api/v2/authorizations?user=a%26b%3Dc%20d", server.targets().get(0));
    }

    @Test
    void pathPrefixOfTheHostIsKept() {
        server.fake().prefix("/influx");
        // The prefix given with and without a trailing slash.
        Result r = server.run("get", "0d47b4f0c2e6a000", "--host", server.url("/influx/"), "--json");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(
                "/influx/api/v2/authorizations/0d47b4f0c2e6a000",
                server.targets().get(0));
        Result list = server.run("list", "--host", server.url("/influx"));
        assertEquals(0, list.exitCode(), list::toString);
        assertEquals("/influx/api/v2/authorizations", server.targets().get(0));
    }

    @Test
    void filtersAreCheckedAgainWhenTheServerIgnoresThem() {
        server.fake().ignoreFilters(true);
        Result r = server.run("list", "--user", "iot_user_1", "--format", "csv", "--hide-headers");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(1, r.out().lines().count(), r::toString);
        assertTrue(r.out().startsWith("0d47b6a3d5c8a000,iot_user_1 devices,inactive,iot_user_1,"), r.out());

        Result byOrg = server.run("list", "--org-id", "0000000000000000");
        assertEquals("ID  DESCRIPTION  STATUS  USER  ORG  PERMISSIONS\n", byOrg.out());
        assertEquals("", byOrg.err(), "a filter removed everything: no hint about missing permissions");
    }

    @Test
    void httpDebugTracesWithoutAnyToken() {
        Result r = server.run("list", "--http-debug", "--show-tokens");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--> GET " + server.url("/api/v2/authorizations")), r.err());
        assertTrue(r.err().contains("<-- 200"), r.err());
        assertTrue(r.err().contains("Authorization: ██"), r.err());
        assertTrue(r.err().contains("\"token\": \"<redacted>\""), r.err());
        assertTrue(r.err().contains("\"description\": \"telegraf read/write\""), "bodies are traced: " + r.err());
        assertFalse(r.err().contains(FakeInfluxServer.TOKEN), r.err());
        for (var a : Fixtures.authorizations("authorizations-list.json")) {
            String token = a.get("token").asText();
            assertFalse(r.err().contains(token), "token of " + a.get("id") + " in the trace");
            assertFalse(r.err().contains(token.substring(0, 20)), "part of a token in the trace");
            assertTrue(r.out().contains(token), "--show-tokens prints them on stdout");
        }
    }

    @Test
    void emptyListFromTheServerHintsAtMissingPermission() {
        server.serve(new FakeInfluxServer(List.of()));
        Result r = server.run("list", "--json");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("[]\n", r.out());
        assertEquals(
                "hint: the server returned no authorizations; the token may lack the read:authorizations"
                        + " permission in this org\n",
                r.err());
        Result ndjson = server.run("list", "--format", "ndjson");
        assertEquals("", ndjson.out());
    }

    @Test
    void limitWithoutSortStopsReadingPages() {
        server.serve(new FakeInfluxServer(Fixtures.generated(10)).pageSize(3));
        Result r = server.run("list", "--format", "ndjson", "--limit", "4");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(4, r.out().lines().count(), r::toString);
        assertEquals("", r.err());
        assertEquals(2, server.requestCount(), "pages 1 and 2 hold the first 4; pages 3 and 4 are not fetched");
        Result three = server.run("list", "--limit", "3", "--hide-headers");
        assertEquals(3, three.out().lines().count(), three::toString);
        assertEquals(3, server.requestCount(), "the first page holds all 3: no second page is fetched");
        Result zero = server.run("list", "--limit", "0", "--hide-headers");
        assertEquals("", zero.out(), zero::toString);
    }
}
