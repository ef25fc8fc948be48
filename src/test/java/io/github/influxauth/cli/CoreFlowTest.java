package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.Result;
import io.github.influxauth.testing.FakeInfluxServer;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreFlowTest {

    @TempDir
    Path home;

    MockWebServer server;
    Cli cli;
    String host;

    @BeforeEach
    void start() throws Exception {
        server = FakeInfluxServer.withContractExamples().start();
        host = server.url("/").toString();
        cli = new Cli(home);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void listSendsTokenAndAcceptAndPrintsEveryAuthorization() throws Exception {
        Result r = cli.run("list", "--host", host, "--token", FakeInfluxServer.TOKEN);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(4, r.out().lines().count(), r::toString);
        RecordedRequest request = server.takeRequest();
        assertEquals("/api/v2/authorizations", request.getTarget());
        assertEquals("Token " + FakeInfluxServer.TOKEN, request.getHeaders().get("Authorization"));
        assertEquals("application/json", request.getHeaders().get("Accept"));
        assertTrue(r.err().isEmpty(), r::toString);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"--version", "list --version", "get -V", "auth --version", "auth list -V"})
    void versionEverywhere(String args) {
        Result r = cli.run(args.split(" "));
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("influx-auth "), r::toString);
        assertTrue(r.out().contains("\nJava " + System.getProperty("java.version")), r::toString);
    }
}
