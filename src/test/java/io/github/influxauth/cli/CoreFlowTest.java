package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoreFlowTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    @Test
    void listSendsTokenAndAcceptAndPrintsEveryAuthorization() {
        Result r = server.run("list");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(4, r.out().lines().count(), r::toString);
        RecordedRequest request = server.requests().get(0);
        assertEquals("/api/v2/authorizations", request.getTarget());
        assertEquals("Token " + FakeInfluxServer.TOKEN, request.getHeaders().get("Authorization"));
        assertEquals("application/json", request.getHeaders().get("Accept"));
        assertTrue(r.err().isEmpty(), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "list --version", "get -V", "auth --version", "auth list -V"})
    void versionEverywhere(String args) {
        Result r = server.run(args.split(" "));
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("influx-auth "), r::toString);
        assertTrue(r.out().contains("\nJava " + System.getProperty("java.version")), r::toString);
        assertEquals(List.of(), server.targets(), "no request for the version");
    }
}
