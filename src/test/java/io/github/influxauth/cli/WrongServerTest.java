package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import mockwebserver3.MockResponse;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Exit 4 tells a script that what it asked for does not exist. A URL that leads to the wrong place
 * (a path prefix too many or too few, a web server that is not InfluxDB) is a failure to reach the
 * server instead: exit 1, with a hint at the URL.
 */
class WrongServerTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    private static final String HINT =
            "hint: check the URL from --host: it must lead to InfluxDB, with a path prefix only"
                    + " where a proxy puts one\n";

    @Test
    void influxdsPathNotFoundIsAWrongUrl() {
        String host = server.url("/influx");
        Result r = server.run("list", "--host", host);
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "error: nothing at " + host + "/api/v2/authorizations: path not found (HTTP 404)\n" + HINT, r.err());
    }

    @Test
    void aWebServersNotFoundPageIsAWrongUrl() {
        server.fake()
                .fault(
                        0,
                        new MockResponse.Builder()
                                .code(404)
                                .headers(Headers.of("Content-Type", "text/html"))
                                .body("<html><h1>404 Not Found</h1></html>")
                                .build());
        Result r = server.run("get", "0d47b4f0c2e6a000", "--host", server.url("/"));
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                "error: nothing at " + server.url("/api/v2/authorizations/0d47b4f0c2e6a000")
                        + ": a text/html body instead of JSON: 404 Not Found (HTTP 404)\n" + HINT,
                r.err());
    }

    @Test
    void theHintNamesWhereTheUrlCameFrom() {
        Result r = server.cli().env("INFLUX_HOST", server.url("/influx")).run("list");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                HINT.replace("--host", "INFLUX_HOST"),
                r.err().lines().skip(1).findFirst().orElseThrow() + "\n");
    }

    @Test
    void influxdbsOwnNotFoundIsNotFound() {
        Result r = server.run("get", "0d47b4f0c2e6a999");
        assertEquals(4, r.exitCode(), r::toString);
        assertEquals("error: authorization \"0d47b4f0c2e6a999\" not found (HTTP 404)\n", r.err());
    }

    @Test
    void anErrorWithoutJsonFromInfluxdbItselfGetsNoProxyHint() {
        server.fake()
                .fault(
                        0,
                        new MockResponse.Builder()
                                .code(500)
                                .headers(Headers.of("X-Influxdb-Build", "OSS", "X-Influxdb-Version", "v2.7.12"))
                                .build());
        Result r = server.run("list");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                "error: HTTP 500 with an empty body (from " + server.url("/api/v2/authorizations") + ")\n", r.err());
    }

    @Test
    void anErrorPageFromSomethingElseGetsTheProxyHint() {
        server.fake()
                .fault(
                        0,
                        FakeInfluxServer.json(502, "")
                                .newBuilder()
                                .headers(Headers.of("Content-Type", "text/plain"))
                                .body("upstream down")
                                .build());
        Result r = server.run("list");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                "error: HTTP 502 with a text/plain body instead of JSON: upstream down (from "
                        + server.url("/api/v2/authorizations") + ")\n"
                        + "hint: is --host the InfluxDB server, or a proxy in front of it?\n",
                r.err());
    }
}
