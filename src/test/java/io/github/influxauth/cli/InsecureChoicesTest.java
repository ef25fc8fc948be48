package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A token sent in clear to another machine is warned about, once. No traffic leaves this machine:
 * the decision is tested as a unit, and end to end with a {@code .invalid} name given to --host,
 * which never resolves, so the run fails before any connection.
 */
class InsecureChoicesTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "localhost",
                "LOCALHOST",
                "127.0.0.1",
                "127.0.0.2",
                "127.255.255.254",
                "[::1]",
                "[0:0:0:0:0:0:0:1]",
                "influx.localhost"
            })
    void loopback(String host) {
        assertEquals(true, Session.isLoopback(host));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "influx.example.com",
                "192.0.2.1",
                "10.0.0.1",
                "[2001:db8::1]",
                "localhost.example.com",
                "127.0.0.1.example.com",
                "0.0.0.0"
            })
    void notLoopback(String host) {
        assertEquals(false, Session.isLoopback(host));
    }

    @Test
    void plainHttpToAnotherHostWarnsOnce() {
        Result r = server.run("list", "--host", "http://influx.invalid:8086");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "warning: the token is sent unencrypted over http:// to influx.invalid; use https://\n"
                        + "error: cannot connect to http://influx.invalid:8086/: unknown host influx.invalid\n"
                        + "hint: check the host name; set the server's URL with --host or INFLUX_HOST\n",
                r.err());
    }

    @Test
    void httpsToAnotherHostDoesNotWarn() {
        Result r = server.run("list", "--host", "https://influx.invalid");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "error: cannot connect to https://influx.invalid/: unknown host influx.invalid\n"
                        + "hint: check the host name; set the server's URL with --host or INFLUX_HOST\n",
                r.err());
    }

    @Test
    void plainHttpToLoopbackDoesNotWarn() {
        // By address: the server's own URL names it localhost.
        Result r = server.run(
                "list", "--host", "http://127.0.0.1:" + server.server().getPort());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(4, r.out().lines().count(), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void aPasswordInTheHostIsRefusedBeforeItCanBeShown() {
        Result r = server.run("list", "--host", "http://admin:s3cret-password@localhost:1");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "error: the host from --host must not contain a user name or password\n"
                        + "hint: give the API token with --token, --token-file or INFLUX_TOKEN\n",
                r.err());
    }

    @Test
    void aPortOutOfRangeIsAConfigurationError() {
        Result r = server.cli().env("INFLUX_HOST", "http://localhost:99999").run("list");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("error: the host from INFLUX_HOST has a port outside 1-65535\n", r.err());
    }

    @Test
    void connectionRefusedNamesTheUrl() {
        int port = server.server().getPort();
        server.server().close();
        Result r = server.run("list", "--host", "http://127.0.0.1:" + port);
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "error: cannot connect to http://127.0.0.1:" + port + "/: connection refused\n"
                        + "hint: is the server running there? Set its URL with --host or INFLUX_HOST\n",
                r.err());
    }
}
