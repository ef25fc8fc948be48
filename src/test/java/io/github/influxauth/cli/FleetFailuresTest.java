package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.FakeFleet;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Servers that fail among others that answer: each failure is one line naming its config, the
 * others are listed, and the exit code is that of the first failing config in the configs file.
 */
class FleetFailuresTest {

    @RegisterExtension
    final FakeFleet fleet = new FakeFleet()
            .v2("rejects", () -> FakeInfluxServer.withContractExamples().token("a-token-the-config-does-not-have"))
            .v2("tokenless", FakeInfluxServer::withContractExamples)
            .token("tokenless", null)
            .v2("empty", () -> new FakeInfluxServer(List.of()))
            .v2("prod", FakeInfluxServer::withContractExamples)
            .dead("old");

    @ParameterizedTest(name = "{0} -> exit {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--all-configs      | 3",
                "-c old,tokenless   | 2",
                "-c prod,old        | 1",
                "-c old,rejects     | 3",
                "-c prod,empty      | 0",
            })
    void theExitCodeIsThatOfTheFirstFailingConfigInTheFile(String configs, int exit) {
        Result r = fleet.run(("list --format csv --hide-headers " + configs).split(" "));
        assertEquals(exit, r.exitCode(), r::toString);
    }

    @Test
    void eachFailureIsOneLineAndTheOthersAreListed() {
        Result r = fleet.run("list", "--all-configs", "--format", "csv", "--hide-headers");
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("""
                error: [rejects] the server rejected the token from config "rejects" in HOME/.influxdbv2/configs: unauthorized access (HTTP 401)
                error: [tokenless] config "tokenless" in HOME/.influxdbv2/configs has no token
                hint: [empty] the server returned no authorizations; the token may lack the read:authorizations permission in this org
                error: [old] cannot connect to http://127.0.0.1:PORT/: connection refused
                """, FleetListTest.ports(r.err().replace(fleet.home().toString(), "HOME")));
        assertEquals(3, r.out().lines().count(), r::toString);
        assertEquals(
                List.of("prod"),
                r.out()
                        .lines()
                        .map(l -> l.substring(0, l.indexOf(',')))
                        .distinct()
                        .toList());
        assertEquals(0, fleet.server("tokenless").getRequestCount(), "a config without a token is not asked");
    }

    @Test
    void jsonSaysWhatBecameOfEveryConfig() {
        Result r = fleet.run("list", "-c", "tokenless,prod,old", "--json", "--id", "0d47b4f0c2e6a000");
        assertEquals(2, r.exitCode(), r::toString);
        String out = FleetListTest.ports(r.out().replace(fleet.home().toString(), "HOME"));
        assertEquals(
                List.of(
                        "  {",
                        "    \"config\": \"tokenless\",",
                        "    \"host\": \"http://localhost:PORT/\",",
                        "    \"error\": {",
                        "      \"message\": \"config \\\"tokenless\\\" in HOME/.influxdbv2/configs has no token\",",
                        "      \"exit\": 2"),
                out.lines().skip(1).limit(6).toList());
        assertEquals(
                1,
                out.split(
                                        "\"config\": \"prod\",\n    \"host\": \"http://localhost:PORT\",\n    \"api\": \"v2\","
                                                + "\n    \"tokens\": \\[\n      \\{\n        \"id\": \"0d47b4f0c2e6a000\"",
                                        -1)
                                .length
                        - 1,
                out);
        assertEquals(1, out.split("\"exit\": 1", -1).length - 1, out);
    }

    @Test
    void allConfigsNeedsConfigs() throws Exception {
        java.nio.file.Path empty = java.nio.file.Files.writeString(fleet.home().resolve("empty"), "");
        Result none = fleet.run("list", "--all-configs", "--configs-path", empty.toString());
        assertEquals(2, none.exitCode(), none::toString);
        assertEquals(
                "error: --all-configs: the configs file HOME/empty has no configs\n"
                        + "hint: the influx CLI writes it: influx config create --help\n",
                none.err().replace(fleet.home().toString(), "HOME"));
        Result missing = fleet.run(
                "list",
                "--all-configs",
                "--configs-path",
                fleet.home().resolve("nothing").toString());
        assertEquals(2, missing.exitCode(), missing::toString);
        assertEquals(
                "error: the configs file HOME/nothing (from --configs-path) does not exist\n",
                missing.err().replace(fleet.home().toString(), "HOME"));
    }
}
