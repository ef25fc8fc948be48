package io.github.influxauth.cli;

import static io.github.influxauth.testing.Golden.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.Result;
import io.github.influxauth.testing.FakeInfluxServer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The audits issue 3 is about, end to end against {@code fixtures/audit-list.json}: which IDs each
 * filter keeps, the --can notes, sorting, and the hostile descriptions rendered safely.
 */
class AuditTest {

    @TempDir
    Path home;

    MockWebServer server;
    Cli cli;

    @BeforeEach
    void start() throws Exception {
        server = FakeInfluxServer.withAuditFixture().start();
        cli = new Cli(home).env("INFLUX_HOST", server.url("/").toString()).env("INFLUX_TOKEN", FakeInfluxServer.TOKEN);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    /** The last three hex digits of each listed ID, in order: "a001 a002". */
    private String ids(Result r) {
        assertEquals(0, r.exitCode(), r::toString);
        return r.out().lines().map(l -> l.substring(12, 16)).collect(Collectors.joining(" "));
    }

    private Result list(String args) {
        List<String> all = new java.util.ArrayList<>(List.of("list", "--format", "csv", "--hide-headers"));
        if (!args.isBlank()) {
            all.addAll(Arrays.asList(args.split(" ")));
        }
        return cli.run(all.toArray(new String[0]));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''                                         | a001 a002 a003 a004 a005 a006 a007 a008 a009 a00a",
        "--id 0d47c0000000a003 -i 0d47c0000000a001   | a001 a003",
        "--status inactive                          | a004 a008",
        "--status active --user iot_user_2          | a003 a00a",
        "--description WRITER                       | a001 a002 a003 a004",
        "--description 'センサー'                    | a008",
        "--permission write                         | a001 a002 a003 a004 a005 a006 a008 a009 a00a",
        "--permission read:dashboards               | a007 a009",
        "--permission read:buckets --permission write:buckets | a002 a005 a008 a009",
        "--permission write:quantumFlux             | ''",
        "--permission read:quantumFlux              | a006",
        "--org other-org                            | a003 a00a",
        "--user-id 0d47b3a6d4b6a000                 | a004 a006",
        "--sort description --limit 3               | a007 a009 a005",
        "--sort created --limit 2                   | a009 a001",
        "--sort status --limit 3                    | a001 a002 a003",
    })
    void filters(String args, String expected) {
        assertEquals(expected.equals("''") ? "" : expected, ids(list(args.replace("'", ""))));
    }

    @Test
    void theDocsRecipeInOneCommandPrintsEachTokenOnce() {
        Result r = cli.run("list", "--user", "iot_user_1", "--status", "active", "--permission", "write");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err());
        assertGolden("audit-recipe.txt", r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // explicit by ID, org-wide in the bucket's org, type-wide in every org, all-access; not the other org's
        "write:buckets/8f3e2d1c0b4a5967 | a001 a002 a004 a008 a009 | ''",
        "write:buckets/telegraf --org my-org | a001 a002 a004 a008 a009 | ''",
        // a bucket that no token names explicitly: only org-wide and type-wide
        "write:buckets/sensors | a002 a004 a009 | ''",
        // the deleted bucket (lookup 404): explicit by ID; org-wide of every org since no org was given
        "write:buckets/2a9b8c7d6e5f4031 | a002 a003 a004 a005 a009 | note: could not look up buckets/2a9b8c7d6e5f4031 (HTTP 404); matching permissions by that ID, and org-wide permissions of every org (give --org or --org-id to narrow)",
        "read:dashboards/0d47b5e2c1d8a000 --org-id 5f1c2d3e4a6b7c80 | a007 a009 | note: dashboards are not looked up; matching permissions by that ID, and org-wide permissions of org 5f1c2d3e4a6b7c80",
        "read:quantumFlux/1111222233334444 | a006 | note: quantumFlux are not looked up; matching permissions by that ID, and org-wide permissions of every org (give --org or --org-id to narrow)",
    })
    void can(String args, String expected, String note) {
        Result r = list("--can " + args);
        assertEquals(expected, ids(r));
        assertEquals(note.isEmpty() ? "" : note + "\n", r.err());
    }

    @Test
    void canBucketNameInSeveralOrgsMatchesAnyWithANote() {
        Result r = list("--can write:buckets/telegraf");
        assertEquals("a001 a002 a003 a004 a008 a009 a00a", ids(r));
        assertEquals("note: buckets named \"telegraf\" exist in 2 orgs (5f1c2d3e4a6b7c80, 7a7b7c7d7e7f7071); listing"
                + " tokens that can write any of them; narrow with --org or --org-id\n", r.err());
    }

    @Test
    void canUnknownBucketNameMatchesByName() {
        Result r = list("--can write:buckets/nonexistent --org my-org");
        assertEquals("a002 a004 a009", ids(r));
        assertEquals("note: no bucket named \"nonexistent\" was found; matching permissions by that name, and"
                + " org-wide permissions of org my-org\n", r.err());
    }

    @Test
    void badFilterValuesAreUsageErrors() {
        assertEquals("error: --can takes ACTION:TYPE/NAME_OR_ID, as in write:buckets/telegraf, not \"write\"\n"
                + "hint: see 'influx-auth list --help'\n", cli.run("list", "--can", "write").err());
        assertEquals("error: the action must be read or write, as in read:buckets, not \"delete\"\n"
                + "hint: see 'influx-auth list --help'\n", cli.run("list", "--permission", "delete").err());
        Result status = cli.run("list", "--status", "disabled");
        assertEquals(2, status.exitCode());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void influxDb3OnlyFiltersMatchNoV2Token() {
        assertEquals("", ids(list("--status expired")));
        assertEquals("", ids(list("--expired")));
        assertEquals("", ids(list("--expires-within 3650d")));
        assertEquals(2, cli.run("list", "--expires-within", "soon").exitCode());
    }

    @Test
    void hostileAndWideTextIsEscapedAndAligned() {
        Result table = cli.run("list");
        assertEquals(0, table.exitCode(), table::toString);
        assertGolden("audit-table.txt", table.out());
        assertGolden("audit-csv.txt", list("").out());
        Result detail = cli.run("get", "0d47c0000000a007");
        assertGolden("audit-detail-hostile.txt", detail.out());
        for (Result r : List.of(table, detail)) {
            assertEquals(-1, r.out().indexOf('\u001b'), "no ESC reaches the terminal");
            assertEquals(-1, r.out().indexOf('\u0007'), "no BEL reaches the terminal");
            assertEquals(-1, r.out().indexOf('\r'), "no CR reaches the terminal");
        }
        assertEquals(11, table.out().lines().count(), "one line per token and the header");
    }
}
