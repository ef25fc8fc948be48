package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.Result;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code links.next} followed to the end, each authorization printed once, loops and other origins refused (SPEC 4). */
class PagingTest {

    @TempDir
    Path home;

    MockWebServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Result list(FakeInfluxServer fake, String path, String... extra) throws IOException {
        server = fake.start();
        List<String> args = new ArrayList<>(List.of("list", "--host", server.url(path).toString(), "--token", FakeInfluxServer.TOKEN));
        args.addAll(List.of(extra));
        return new Cli(home).run(args.toArray(String[]::new));
    }

    private List<String> requestTargets() throws InterruptedException {
        List<String> targets = new ArrayList<>();
        for (int i = server.getRequestCount(); i > 0; i--) {
            targets.add(server.takeRequest().getTarget());
        }
        return targets;
    }

    private static List<String> ids(Result r) {
        return r.out().lines().map(l -> l.substring(l.indexOf("\"id\":\"") + 6, l.indexOf("\"id\":\"") + 22)).toList();
    }

    @Test
    void followsNextUntilAbsentAndPrintsEachOnce() throws Exception {
        Result r = list(FakeInfluxServer.withContractExamples().pageSize(1), "/", "--format", "ndjson");
        assertEquals(0, r.exitCode(), r::toString);
        // The order of contract/examples/authorizations-list.json.
        assertEquals(List.of("0d47b3a6f4f6a000", "0d47b4f0c2e6a000", "0d47b6a3d5c8a000"), ids(r));
        assertEquals("", r.err());
        assertEquals(List.of("/api/v2/authorizations", "/api/v2/authorizations?offset=1", "/api/v2/authorizations?offset=2"),
                requestTargets());
    }

    @Test
    void aBigListingInPagesIsComplete() throws Exception {
        Result r = list(new FakeInfluxServer(Fixtures.generated(250)).pageSize(100), "/", "--format", "ndjson");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(250, ids(r).stream().distinct().count());
        assertEquals(250, r.out().lines().count());
        assertEquals("", r.err());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void pathPrefixIsKeptOnEveryPage() throws Exception {
        Result r = list(FakeInfluxServer.withContractExamples().pageSize(2).prefix("/influx"), "/influx", "--format", "ndjson");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(3, ids(r).size(), r::toString);
        assertEquals("", r.err());
        assertEquals(List.of("/influx/api/v2/authorizations", "/influx/api/v2/authorizations?offset=2"), requestTargets());
    }

    @Test
    void filtersAreCarriedToTheNextPage() throws Exception {
        Result r = list(FakeInfluxServer.withContractExamples().pageSize(1).ignoreFilters(true), "/",
                "--format", "ndjson", "--org", "my-org");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err());
        List<String> targets = requestTargets();
        assertEquals("/api/v2/authorizations?org=my-org", targets.get(0));
        assertEquals("/api/v2/authorizations?org=my-org&offset=1", targets.get(1));
    }

    private static String page(String next, String... ids) {
        StringBuilder items = new StringBuilder();
        for (String id : ids) {
            items.append(items.length() == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"status\":\"active\",\"permissions\":[]}");
        }
        String links = next == null ? "{}" : "{\"next\":\"" + next + "\"}";
        return "{\"links\":" + links + ",\"authorizations\":[" + items + "]}";
    }

    @Test
    void absoluteNextLinkOnTheSameServer() throws Exception {
        FakeInfluxServer fake = FakeInfluxServer.withContractExamples();
        server = fake.start();
        String base = server.url("/").toString();
        fake.fault(0, FakeInfluxServer.json(200, page(base + "api/v2/authorizations?after=a", "0d47b4f0c2e6a000")))
                .fault(1, FakeInfluxServer.json(200, page("authorizations?after=b", "0d47b4f0c2e6b000")))
                .fault(2, FakeInfluxServer.json(200, page(null, "0d47b4f0c2e6c000")));
        Result r = new Cli(home).run("list", "--host", base, "--token", FakeInfluxServer.TOKEN, "--format", "ndjson");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("0d47b4f0c2e6a000", "0d47b4f0c2e6b000", "0d47b4f0c2e6c000"), ids(r));
        assertEquals("", r.err());
        assertEquals(List.of("/api/v2/authorizations", "/api/v2/authorizations?after=a", "/api/v2/authorizations?after=b"),
                requestTargets());
    }

    @Test
    void anAuthorizationRepeatedOnALaterPageIsPrintedOnce() throws Exception {
        // Offset paging shifts when a token is deleted meanwhile: page 2 starts with the last of page 1.
        FakeInfluxServer fake = FakeInfluxServer.withContractExamples()
                .fault(0, FakeInfluxServer.json(200, page("/api/v2/authorizations?offset=2", "0d47b4f0c2e6a000", "0d47b4f0c2e6b000")))
                .fault(1, FakeInfluxServer.json(200, page(null, "0d47b4f0c2e6b000", "0d47b4f0c2e6c000")));
        Result r = list(fake, "/", "--format", "ndjson");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("0d47b4f0c2e6a000", "0d47b4f0c2e6b000", "0d47b4f0c2e6c000"), ids(r));
        assertEquals("", r.err());
    }

    @Test
    void aRepeatedNextLinkIsAnError() throws Exception {
        FakeInfluxServer fake = FakeInfluxServer.withContractExamples()
                .faultFrom(0, FakeInfluxServer.json(200, page("/api/v2/authorizations?offset=1", "0d47b4f0c2e6a000")));
        Result r = list(fake, "/");
        String url = server.url("/").toString();
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("error: bad response from " + url + "api/v2/authorizations?offset=1: the server's paging repeats itself:"
                + " the next page is /api/v2/authorizations?offset=1, a page already read\n", r.err());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aNextLinkBackToTheFirstPageIsAnError() throws Exception {
        FakeInfluxServer fake = FakeInfluxServer.withContractExamples()
                .faultFrom(0, FakeInfluxServer.json(200, page("/api/v2/authorizations", "0d47b4f0c2e6a000")));
        Result r = list(fake, "/", "--format", "ndjson");
        String url = server.url("/").toString();
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(1, r.out().lines().count(), r::toString);
        assertEquals("error: bad response from " + url + "api/v2/authorizations: the server's paging repeats itself:"
                + " the next page is /api/v2/authorizations, a page already read\n"
                + "hint: the 1 authorization(s) printed before the failure are not the whole listing\n", r.err());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aNextLinkToAnotherServerIsNotFollowed() throws Exception {
        FakeInfluxServer fake = FakeInfluxServer.withContractExamples()
                .fault(0, FakeInfluxServer.json(200, page("https://collector.example.com/steal?offset=1", "0d47b4f0c2e6a000")));
        Result r = list(fake, "/");
        String url = server.url("/").toString();
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("error: bad response from " + url + "api/v2/authorizations: the server's next-page link points to another"
                + " server (https://collector.example.com:443); not following it with the token\n", r.err());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aNextLinkToAnotherPortIsNotFollowed() throws Exception {
        FakeInfluxServer fake = FakeInfluxServer.withContractExamples();
        server = fake.start();
        String base = server.url("/").toString();
        String otherPort = "http://" + server.getHostName() + ":" + (server.getPort() == 65535 ? 1 : server.getPort() + 1);
        fake.fault(0, FakeInfluxServer.json(200, page(otherPort + "/api/v2/authorizations?offset=1", "0d47b4f0c2e6a000")));
        Result r = new Cli(home).run("list", "--host", base, "--token", FakeInfluxServer.TOKEN);
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("error: bad response from " + base + "api/v2/authorizations: the server's next-page link points to another"
                + " server (" + otherPort + "); not following it with the token\n", r.err());
        assertEquals(1, server.getRequestCount());
    }
}
