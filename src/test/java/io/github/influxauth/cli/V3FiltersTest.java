package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.FakeInfluxDb3;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Fixtures;
import io.github.influxauth.testing.Result;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which InfluxDB 3 tokens each filter keeps, with "now" at 2026-09-01: Enterprise's _admin (0),
 * sensors-rw (4, read,write on two databases, expires 2027-04-02), health-probe (5, read system/health,
 * never expires), pipeline (6, its permissions a JSON array, expires 2026-10-03); Core's old-ci (3)
 * expired in February.
 */
class V3FiltersTest {

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> enterprise = FakeServer.of(FakeInfluxDb3::enterprise);

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> core = FakeServer.of(FakeInfluxDb3::core);

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> confusing = FakeServer.of(
            () -> FakeInfluxDb3.withRows(
                    List.of(
                            Fixtures.parse(
                                    "{\"token_id\":1,\"name\":\"2\",\"hash\":\"aaaaaaaaa\",\"created_at\":\"2026-04-01T08:00:00\",\"permissions\":\"*:*:*\"}"),
                            Fixtures.parse(
                                    "{\"token_id\":2,\"name\":\"x\",\"hash\":\"bbbbbbbbb\",\"created_at\":\"2026-04-01T08:00:00\",\"permissions\":\"*:*:*\"}"))));

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> hostile =
            FakeServer.of(() -> FakeInfluxDb3.withRows(Fixtures.v3Rows("/fixtures/v3-hostile.json")));

    /** The IDs listed, in order. */
    private static String ids(FakeServer<FakeInfluxDb3> server, String args) {
        List<String> all = new ArrayList<>(List.of("list", "--format", "csv", "--hide-headers"));
        if (!args.isBlank()) {
            all.addAll(Arrays.asList(args.split(" ")));
        }
        Result r = server.run(all.toArray(new String[0]));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err(), r::toString);
        return r.out().lines().map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                                        | 0 4 5 6",
                "--id 4                                    | 4",
                "--id pipeline                             | 6",
                "--id 4 --id health-probe                  | 4 5",
                "--id 9                                    | ''",
                "--status active                           | 0 4 5 6",
                "--status expired                          | ''",
                "--status inactive                         | ''",
                "--expired                                 | ''",
                "--expires-within 60d                      | 6",
                "--expires-within 7d                       | ''",
                "--expires-within 365d                     | 4 6",
                "--description SENSORS                     | 4",
                "--description probe                       | 5",
                "--permission read:db                      | 0 4",
                "--permission write:db                     | 0 4 6",
                "--permission read:system                  | 0 5 6",
                "--permission read                         | 0 4 5 6",
                "--permission write --permission read:system | 0 6",
                "--permission write:buckets                | 0",
                "--can write:db/sensors                    | 0 4 6",
                "--can read:db/metrics                     | 0 4",
                "--can write:db/other                      | 0",
                "--can read:system/health                  | 0 5",
                "--can read:system/metrics                 | 0 6",
                "--sort expiry                             | 6 4 0 5",
                "--sort description                        | 0 5 6 4",
                "--sort id --limit 2                       | 0 4",
                "--sort expiry --limit 1                   | 6",
                "--limit 3                                 | 0 4 5",
                "--can write:db/sensors --expires-within 60d | 6",
            })
    void enterprise(String args, String expected) {
        assertEquals(expected, ids(enterprise, args));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--expired                  | 3",
                "--status expired           | 3",
                "--status active            | 0 1",
                "--expires-within 200d      | 1",
                "--can write:db/anything    | 0 1 3",
                "--id _admin --id 1         | 0 1",
            })
    void core(String args, String expected) {
        assertEquals(expected, ids(core, args));
    }

    @Test
    void idsSortAsNumbers() {
        List<com.fasterxml.jackson.databind.node.ObjectNode> rows = new ArrayList<>();
        for (int id : new int[] {10, 9, 100, 0}) {
            rows.add(Fixtures.parse("{\"token_id\":" + id + ",\"name\":\"t" + id + "\",\"hash\":\"abcdef012\","
                    + "\"created_at\":\"2026-04-01T08:00:00\",\"permissions\":\"*:*:*\"}"));
        }
        enterprise.serve(FakeInfluxDb3.withRows(rows));
        assertEquals("0 9 10 100", ids(enterprise, "--sort id"));
    }

    @Test
    void unreadablePermissionsAreNeverMatched() {
        assertEquals("8", ids(hostile, "--permission read:db"), "8's readable half counts");
        assertEquals("8", ids(hostile, "--permission read"), "7 holds only text that does not read");
        assertEquals("", ids(hostile, "--can read:db/s"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"--user iot_user_1", "--user-id 0d47b4c1a9f6a000", "--org my-org", "--org-id 5f1c2d3e4a6b7c80"})
    void userAndOrgFiltersAreAUsageErrorBeforeAnyRequest(String filter) {
        Result r = core.run(("list " + filter).split(" "));
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(
                "error: InfluxDB 3 tokens have no user or org\n"
                        + "hint: --user, --user-id, --org and --org-id filter InfluxDB v2 tokens only\n",
                r.err());
        assertEquals(List.of(), core.targets());
    }

    @Test
    void getTakesAnIdOrANameAndTheIdWins() {
        assertEquals("5", firstField(enterprise.run("get", "health-probe", "--format", "csv", "--hide-headers")));
        assertEquals("5", firstField(enterprise.run("get", "5", "--format", "csv", "--hide-headers")));
        assertEquals(
                "2",
                firstField(confusing.run("get", "2", "--format", "csv", "--hide-headers")),
                "token 2, not token 1 named \"2\"");
        assertEquals("1", firstField(confusing.run("get", "1", "--format", "csv", "--hide-headers")));
        assertEquals("1 2", ids(confusing, "--id 2"), "--id keeps what has that ID or that name");
        Result missing = enterprise.run("get", "nobody");
        assertEquals(4, missing.exitCode(), missing::toString);
        assertEquals("", missing.out());
    }

    private static String firstField(Result r) {
        assertEquals(0, r.exitCode(), r::toString);
        return r.out().substring(0, r.out().indexOf(','));
    }
}
