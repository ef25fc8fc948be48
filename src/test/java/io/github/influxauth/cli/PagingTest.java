package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Fixtures;
import io.github.influxauth.testing.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code links.next} followed to the end, each authorization printed once; paging that loops and
 * next-page links to another origin (which would take the token elsewhere) are refused.
 */
class PagingTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    private static List<String> ids(Result r) {
        return r.out()
                .lines()
                .map(l -> l.substring(l.indexOf("\"id\":\"") + 6, l.indexOf("\"id\":\"") + 22))
                .toList();
    }

    @Test
    void followsNextUntilAbsentAndPrintsEachOnce() {
        server.fake().pageSize(1);
        Result r = server.run("list", "--format", "ndjson");
        assertEquals(0, r.exitCode(), r::toString);
        // The order of contract/examples/authorizations-list.json.
        assertEquals(List.of("0d47b3a6f4f6a000", "0d47b4f0c2e6a000", "0d47b6a3d5c8a000"), ids(r));
        assertEquals("", r.err());
        assertEquals(
                List.of("/api/v2/authorizations", "/api/v2/authorizations?offset=1", "/api/v2/authorizations?offset=2"),
                server.targets());
    }

    @Test
    void aBigListingInPagesIsComplete() {
        server.serve(new FakeInfluxServer(Fixtures.generated(250)).pageSize(100));
        Result r = server.run("list", "--format", "ndjson");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(250, ids(r).stream().distinct().count());
        assertEquals(250, r.out().lines().count());
        assertEquals("", r.err());
        assertEquals(3, server.requestCount());
    }

    @Test
    void pathPrefixIsKeptOnEveryPage() {
        server.fake().pageSize(2).prefix("/influx");
        Result r = server.run("list", "--host", server.url("/influx"), "--format", "ndjson");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(3, ids(r).size(), r::toString);
        assertEquals("", r.err());
        assertEquals(
                List.of("/influx/api/v2/authorizations", "/influx/api/v2/authorizations?offset=2"), server.targets());
    }

    @Test
    void filtersAreCarriedToTheNextPage() {
        server.fake().pageSize(1).ignoreFilters(true);
        Result r = server.run("list", "--format", "ndjson", "--org", "my-org");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err());
        List<String> targets = server.targets();
        assertEquals("/api/v2/authorizations?org=my-org", targets.get(0));
        assertEquals("/api/v2/authorizations?org=my-org&offset=1", targets.get(1));
    }

    private static String page(String next, String... ids) {
        StringBuilder items = new StringBuilder();
        for (String id : ids) {
            items.append(items.length() == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(id)
                    .append("\",\"status\":\"active\",\"permissions\":[]}");
        }
        String links = next == null ? "{}" : "{\"next\":\"" + next + "\"}";
        return "{\"links\":" + links + ",\"authorizations\":[" + items + "]}";
    }

    @Test
    void absoluteNextLinkOnTheSameServer() {
        server.fake()
                .fault(
                        0,
                        FakeInfluxServer.json(
                                200, page(server.url() + "api/v2/authorizations?after=a", "0d47b4f0c2e6a000")))
                .fault(1, FakeInfluxServer.json(200, page("authorizations?after=b", "0d47b4f0c2e6b000")))
                .fault(2, FakeInfluxServer.json(200, page(null, "0d47b4f0c2e6c000")));
        Result r = server.run("list", "--format", "ndjson");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("0d47b4f0c2e6a000", "0d47b4f0c2e6b000", "0d47b4f0c2e6c000"), ids(r));
        assertEquals("", r.err());
        assertEquals(
                List.of("/api/v2/authorizations", "/api/v2/authorizations?after=a", "/api/v2/authorizations?after=b"),
                server.targets());
    }

    @Test
    void anAuthorizationRepeatedOnALaterPageIsPrintedOnce() {
        // Offset paging shifts when a token is deleted meanwhile: page 2 starts with the last of page 1.
        server.fake()
                .fault(
                        0,
                        FakeInfluxServer.json(
                                200, page("/api/v2/authorizations?offset=2", "0d47b4f0c2e6a000", "0d47b4f0c2e6b000")))
                .fault(1, FakeInfluxServer.json(200, page(null, "0d47b4f0c2e6b000", "0d47b4f0c2e6c000")));
        Result r = server.run("list", "--format", "ndjson");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("0d47b4f0c2e6a000", "0d47b4f0c2e6b000", "0d47b4f0c2e6c000"), ids(r));
        assertEquals("", r.err());
    }

    @Test
    void aRepeatedNextLinkIsAnError() {
        server.fake()
                .faultFrom(0, FakeInfluxServer.json(200, page("/api/v2/authorizations?offset=1", "0d47b4f0c2e6a000")));
        Result r = server.run("list");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "error: bad response from " + server.url()
                        + "api/v2/authorizations?offset=1: the server's paging repeats itself:"
                        + " the next page is /api/v2/authorizations?offset=1, a page already read\n",
                r.err());
        assertEquals(2, server.requestCount());
    }

    @Test
    void aNextLinkBackToTheFirstPageIsAnError() {
        server.fake().faultFrom(0, FakeInfluxServer.json(200, page("/api/v2/authorizations", "0d47b4f0c2e6a000")));
        Result r = server.run("list", "--format", "ndjson");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(1, r.out().lines().count(), r::toString);
        assertEquals(
                "error: bad response from " + server.url()
                        + "api/v2/authorizations: the server's paging repeats itself:"
                        + " the next page is /api/v2/authorizations, a page already read\n"
                        + "hint: the 1 authorization(s) printed before the failure are not the whole listing\n",
                r.err());
        assertEquals(1, server.requestCount());
    }

    @Test
    void aNextLinkToAnotherServerIsNotFollowed() {
        server.fake()
                .fault(
                        0,
                        FakeInfluxServer.json(
                                200, page("https://collector.example.com/steal?offset=1", "0d47b4f0c2e6a000")));
        Result r = server.run("list");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "error: bad response from " + server.url()
                        + "api/v2/authorizations: the server's next-page link points to another"
                        + " server (https://collector.example.com:443); not following it with the token\n",
                r.err());
        assertEquals(1, server.requestCount());
    }

    @Test
    void aNextLinkToAnotherPortIsNotFollowed() {
        int port = server.server().getPort();
        String otherPort = "http://" + server.server().getHostName() + ":" + (port == 65535 ? 1 : port + 1);
        server.fake()
                .fault(
                        0,
                        FakeInfluxServer.json(
                                200, page(otherPort + "/api/v2/authorizations?offset=1", "0d47b4f0c2e6a000")));
        Result r = server.run("list");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "error: bad response from " + server.url()
                        + "api/v2/authorizations: the server's next-page link points to another" + " server ("
                        + otherPort + "); not following it with the token\n",
                r.err());
        assertEquals(1, server.requestCount());
    }
}
