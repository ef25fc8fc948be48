package io.github.influxauth.cli;

import static io.github.influxauth.testing.Golden.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.FakeFleet;
import io.github.influxauth.testing.FakeInfluxDb3;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.Result;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code list} over a fleet, in this order in the configs file: two influxd (prod: the contract's
 * examples; staging: the audit fixture, answering late), InfluxDB 3 Core (edge) and Enterprise
 * (lake), and a config whose server is down (old).
 */
class FleetListTest {

    static final String DEAD = "error: [old] cannot connect to http://127.0.0.1:PORT/: connection refused\n";

    @RegisterExtension
    final FakeFleet fleet = new FakeFleet()
            .v2("prod", FakeInfluxServer::withContractExamples)
            .v2("staging", FakeInfluxServer::withAuditFixture)
            .v3("edge", FakeInfluxDb3::core)
            .v3("lake", FakeInfluxDb3::enterprise)
            .dead("old")
            .slow("staging", Duration.ofMillis(300));

    /** The output with the servers' ports, which change from run to run, made constant. */
    static String ports(String text) {
        return text.replaceAll("(localhost|127\\.0\\.0\\.1):\\d+", "$1:PORT");
    }

    /** The config and ID of each csv line listed, in order: "prod/0d47b3a6f4f6a000 edge/1". */
    private static String listed(Result r) {
        return r.out().lines().map(l -> l.split(",")[0] + "/" + l.split(",")[1]).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fleet/list-table.txt           | list --all-configs",
                "fleet/list-table-no-header.txt | list --all-configs --hide-headers --status expired",
                "fleet/list-csv.txt             | list --all-configs --format csv",
                "fleet/list-ndjson.txt          | list --all-configs --format ndjson",
                "fleet/list-json.txt            | list --all-configs --json --id 0d47b4f0c2e6a000 --id 0d47c0000000a007 --id 1",
                "fleet/list-detail.txt          | list --all-configs --format detail --id 0d47b4f0c2e6a000 --id 0d47c0000000a007 --id 1",
            })
    void eachFormatWithTheConfigOfEachToken(String golden, String args) {
        Result r = fleet.run(args.split(" "));
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(DEAD, ports(r.err()));
        assertGolden(golden, ports(r.out()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fleet/list-table-v2.txt | -c prod,staging",
                "fleet/list-table-v3.txt | -c lake -c edge",
            })
    void serversOfOneApiKeepItsColumns(String golden, String configs) {
        Result r = fleet.run(("list " + configs).split(" "));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err());
        assertGolden(golden, ports(r.out()));
    }

    @Test
    void configsAreListedInTheConfigsFileOrderWhateverTheOrderAsked() {
        Result r = fleet.run("list", "-c", "edge,prod", "--format", "csv", "--hide-headers", "--status", "active");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("prod/0d47b3a6f4f6a000 prod/0d47b4f0c2e6a000 edge/0 edge/1", listed(r));
        assertEquals(0, fleet.server("staging").getRequestCount());
        assertEquals(0, fleet.server("lake").getRequestCount());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Without --sort: the configs file's order, each server's own, cut as a whole.
                "--limit 2                                        | prod/0d47b3a6f4f6a000 prod/0d47b4f0c2e6a000",
                "--limit 5                                        | prod/0d47b3a6f4f6a000 prod/0d47b4f0c2e6a000 prod/0d47b6a3d5c8a000 staging/0d47c0000000a001 staging/0d47c0000000a002",
                "--limit 5 --format ndjson                        | prod/0d47b3a6f4f6a000 prod/0d47b4f0c2e6a000 prod/0d47b6a3d5c8a000 staging/0d47c0000000a001 staging/0d47c0000000a002",
                // Sorted: the tokens of every server, merged.
                "--sort created --created-after 2024-05-08 --limit 4 | staging/0d47c0000000a007 staging/0d47c0000000a008 edge/3 edge/0",
                "--sort expiry --limit 3                          | edge/3 lake/6 edge/1",
                "--status inactive                                | prod/0d47b6a3d5c8a000 staging/0d47c0000000a004 staging/0d47c0000000a008",
                "--can write:buckets/telegraf --status active     | prod/0d47b3a6f4f6a000 prod/0d47b4f0c2e6a000 staging/0d47c0000000a001 staging/0d47c0000000a002 staging/0d47c0000000a003 staging/0d47c0000000a009 staging/0d47c0000000a00a edge/0 edge/1 lake/0",
            })
    void filtersSortAndLimitApplyToTheMergedList(String args, String expected) {
        String format = args.contains("ndjson") ? "" : " --format csv --hide-headers";
        Result r = fleet.run(("list -c prod,staging,edge,lake" + format + " " + args).split(" "));
        assertEquals(0, r.exitCode(), r::toString);
        if (args.contains("ndjson")) {
            assertEquals(
                    expected,
                    r.out()
                            .lines()
                            .map(l -> l.replaceAll(
                                    "^\\{\"config\":\"([^\"]+)\",\"token\":\\{\"id\":\"([^\"]+)\".*", "$1/$2"))
                            .collect(Collectors.joining(" ")));
        } else {
            assertEquals(expected, listed(r));
        }
    }

    @Test
    void theHostAndTokenOfTheEnvironmentNameOneServerAndAreNotRead() throws Exception {
        Result r = fleet.cli()
                .env("INFLUX_HOST", "http://127.0.0.1:1")
                .env("INFLUX_TOKEN", "env-token-00000000000000")
                .env("INFLUX_ACTIVE_CONFIG", "old")
                .run("list", "-c", "prod,edge", "--format", "csv", "--hide-headers");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(
                "prod/0d47b3a6f4f6a000 prod/0d47b4f0c2e6a000 prod/0d47b6a3d5c8a000 edge/0 edge/1 edge/3", listed(r));
        assertEquals(
                "Token " + FakeInfluxServer.TOKEN,
                fleet.server("prod").takeRequest().getHeaders().get("Authorization"),
                "each config's own token");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "list --all-configs -c prod         | error: --all-configs and -c contradict each other: give one",
                "list -c prod,edge --host http://127.0.0.1:1 | error: --host, --token and --token-file name one server; with several configs, each config's own URL and token are used",
                "list --all-configs --token abcdefghijkl | error: --host, --token and --token-file name one server; with several configs, each config's own URL and token are used",
                "get 0d47b4f0c2e6a000 -c prod,edge  | error: get shows one token of one server: give one config to -c",
                "list -c prod,nosuch                | error: no config named \"nosuch\" in HOME/.influxdbv2/configs",
            })
    void mistakesStopTheRunBeforeAnyRequest(String args, String error) {
        Result r = fleet.run(args.split(" "));
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(
                error,
                r.err().lines().findFirst().orElse("").replace(fleet.home().toString(), "HOME"));
        assertEquals("", r.out());
        for (String config : List.of("prod", "staging", "edge", "lake")) {
            assertEquals(0, fleet.server(config).getRequestCount(), config);
        }
    }
}
