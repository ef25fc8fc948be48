package io.github.influxauth.cli;

import static io.github.influxauth.testing.Golden.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.FakeFleet;
import io.github.influxauth.testing.FakeInfluxDb3;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code audit} over the fleet of {@link FleetListTest}: the findings of every server, most severe first. */
class FleetAuditTest {

    @RegisterExtension
    final FakeFleet fleet = new FakeFleet()
            .v2("prod", FakeInfluxServer::withContractExamples)
            .v2("staging", FakeInfluxServer::withAuditFixture)
            .v3("edge", FakeInfluxDb3::core)
            .v3("lake", FakeInfluxDb3::enterprise)
            .dead("old");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fleet/audit-table.txt  | audit --all-configs --fail-on high --skip-rule older-than",
                "fleet/audit-json.txt   | audit --all-configs --fail-on high --json --rule operator-token --rule expired",
                "fleet/audit-csv.txt    | audit --all-configs --fail-on high --format csv --rule missing-resource",
                "fleet/audit-ndjson.txt | audit --all-configs --fail-on high --format ndjson --rule write-all-buckets",
            })
    void aServerThatFailedFailsTheAuditWhateverItFound(String golden, String args) {
        Result r = fleet.run(args.split(" "));
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(FleetListTest.DEAD, FleetListTest.ports(r.err()));
        assertGolden(golden, r.out());
    }

    @ParameterizedTest(name = "{0} -> exit {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "-c prod,staging,edge,lake                      | 0",
                "-c prod,staging,edge,lake --fail-on critical   | 5",
                "-c staging,edge,lake --fail-on critical        | 0",
                "-c staging,edge,lake --fail-on high            | 5",
                "-c lake,edge --fail-on high                    | 0",
                "-c lake,edge --fail-on medium                  | 5",
            })
    void failOnAcrossServers(String args, int exit) {
        Result r = fleet.run(("audit --format csv " + args).split(" "));
        assertEquals(exit, r.exitCode(), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void eachServersBucketsAreItsOwnAndLookedUpOnce() {
        Result r = fleet.run(
                "audit", "-c", "prod,staging", "--format", "csv", "--hide-headers", "--rule", "missing-resource");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(
                List.of(
                        "medium,missing-resource,prod,0d47b4f0c2e6a000",
                        "medium,missing-resource,staging,0d47c0000000a005"),
                r.out()
                        .lines()
                        .map(l -> String.join(",", List.of(l.split(",")).subList(0, 4)))
                        .toList());
        assertEquals(List.of("/api/v2/authorizations", "/api/v2/buckets/2a9b8c7d6e5f4031"), fleet.targets("prod"));
        assertEquals(List.of("/api/v2/authorizations", "/api/v2/buckets/2a9b8c7d6e5f4031"), fleet.targets("staging"));
    }
}
