package io.github.influxauth.cli;

import static io.github.influxauth.testing.Golden.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The audits the filters are for (who can write where, which tokens are inactive or all-access),
 * end to end against {@code fixtures/audit-list.json}: which IDs each filter keeps, the --can
 * notes, sorting, and the hostile descriptions rendered safely.
 */
class AuditTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.auditFixture();

    /** The last four hex digits of each listed ID, in order: "a001 a002". */
    private String ids(Result r) {
        assertEquals(0, r.exitCode(), r::toString);
        return r.out().lines().map(l -> l.substring(12, 16)).collect(Collectors.joining(" "));
    }

    private Result list(String args) {
        List<String> all = new ArrayList<>(List.of("list", "--format", "csv", "--hide-headers"));
        if (!args.isBlank()) {
            all.addAll(Arrays.asList(args.split(" ")));
        }
        return server.run(all.toArray(new String[0]));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                                         | a001 a002 a003 a004 a005 a006 a007 a008 a009 a00a",
                "--id 0d47c0000000a003 -i 0d47c0000000a001   | a001 a003",
                "--status inactive                          | a004 a008",
                "--status active --user iot_user_2          | a003 a00a",
                "--description WRITER                       | a001 a002 a003 a004",
                "--description 'センサー'                    | a008",
                "--permission write                         | a001 a002 a003 a004 a005 a006 a008 a009 a00a",
                "--permission read:dashboards               | a007 a009",
                "--permission read:buckets --permission write:buckets | a002 a005 a008 a009",
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
        Result r = server.run("list", "--user", "iot_user_1", "--status", "active", "--permission", "write");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err());
        assertGolden("audit-recipe.txt", r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // explicit by ID, org-wide in the bucket's org, type-wide in every org, all-access; not the other org's
                "write:buckets/8f3e2d1c0b4a5967 | a001 a002 a004 a008 a009 | ''",
                "write:orgs/my-org/buckets/telegraf | a001 a002 a004 a008 a009 | ''",
                // the other org's telegraf: its own tokens, and the token that may write every bucket of every org
                "write:orgs/other-org/buckets/telegraf | a003 a004 a00a | ''",
                "write:orgs/7a7b7c7d7e7f7071/buckets/telegraf | a003 a004 a00a | ''",
                // a bucket that no token names explicitly: only org-wide and type-wide
                "write:buckets/sensors | a002 a004 a009 | ''",
                "read:orgs/5f1c2d3e4a6b7c80/dashboards/0d47b5e2c1d8a000 | a007 a009 | note: dashboards are not looked up; matching permissions by that ID, and org-wide permissions of org 5f1c2d3e4a6b7c80",
                "read:dashboards/0d47b5e2c1d8a000 | a007 a009 | note: dashboards are not looked up; matching permissions by that ID, and org-wide permissions of every org (name the org to narrow: --can read:orgs/ORG/dashboards/0d47b5e2c1d8a000)",
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
        assertEquals(
                "note: buckets named \"telegraf\" exist in 2 orgs (my-org, other-org); listing tokens that can"
                        + " write any of them; narrow with --can write:orgs/ORG/buckets/telegraf\n",
                r.err());
    }

    @Test
    void orgNamesOnlyTheTokensOwner() {
        // --org filters the owner; the bucket is still every telegraf, so my-org's token that may write
        // every bucket of every org is not listed, and other-org's own tokens are.
        Result r = list("--can write:buckets/telegraf --org other-org");
        assertEquals("a003 a00a", ids(r));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "write:buckets/nonexistent                  | bucket \"nonexistent\" not found",
                "write:orgs/my-org/buckets/nonexistent      | bucket \"nonexistent\" not found in org my-org",
                // the deleted bucket that a005 still names: the look-up by ID answers 404
                "write:buckets/2a9b8c7d6e5f4031             | bucket \"2a9b8c7d6e5f4031\" not found",
                // a bucket by ID, asked for in another org than its own
                "write:orgs/7a7b7c7d7e7f7071/buckets/8f3e2d1c0b4a5967 | bucket \"8f3e2d1c0b4a5967\" not found in org 7a7b7c7d7e7f7071",
            })
    void canUnknownBucketIsNotFound(String can, String message) {
        Result r = server.run("list", "--can", can);
        assertEquals(4, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("error: " + message + "\n", r.err());
    }

    @Test
    void badFilterValuesAreUsageErrors() {
        assertEquals(
                "error: --can takes ACTION:TYPE/NAME_OR_ID or ACTION:orgs/ORG/TYPE/NAME_OR_ID, as in"
                        + " write:buckets/telegraf, not \"write\"\n"
                        + "hint: see 'influx-auth list --help'\n",
                server.run("list", "--can", "write").err());
        // A type the API does not have would silently match nothing: a typo is an error, with a suggestion.
        assertEquals(
                "error: unknown resource type \"bucket\" (did you mean buckets?)\n"
                        + "hint: see 'influx-auth list --help'\n",
                server.run("list", "--permission", "write:bucket").err());
        assertEquals(
                "error: unknown resource type \"Buckets\" (did you mean buckets?)\n"
                        + "hint: see 'influx-auth list --help'\n",
                server.run("list", "--can", "write:Buckets/telegraf").err());
        assertEquals(
                "error: --can asks about one resource: name it, as in write:orgs/my-org/buckets/NAME_OR_ID\n"
                        + "hint: see 'influx-auth list --help'\n",
                server.run("list", "--can", "write:orgs/my-org/buckets").err());
        assertEquals(
                "error: the action must be read or write, as in read:buckets, not \"delete\"\n"
                        + "hint: see 'influx-auth list --help'\n",
                server.run("list", "--permission", "delete").err());
        Result status = server.run("list", "--status", "disabled");
        assertEquals(2, status.exitCode());
        assertEquals(0, server.requestCount());
    }

    @Test
    void influxDb3OnlyFiltersMatchNoV2Token() {
        assertEquals("", ids(list("--status expired")));
        assertEquals("", ids(list("--expired")));
        assertEquals("", ids(list("--expires-within 3650d")));
        assertEquals(2, server.run("list", "--expires-within", "soon").exitCode());
    }

    @Test
    void hostileAndWideTextIsEscapedAndAligned() {
        Result table = server.run("list");
        assertEquals(0, table.exitCode(), table::toString);
        assertGolden("audit-table.txt", table.out());
        assertGolden("audit-csv.txt", list("").out());
        Result detail = server.run("get", "0d47c0000000a007");
        assertGolden("audit-detail-hostile.txt", detail.out());
        for (Result r : List.of(table, detail)) {
            assertEquals(-1, r.out().indexOf('\u001b'), "no ESC reaches the terminal");
            assertEquals(-1, r.out().indexOf('\u0007'), "no BEL reaches the terminal");
            assertEquals(-1, r.out().indexOf('\r'), "no CR reaches the terminal");
        }
        assertEquals(11, table.out().lines().count(), "one line per token and the header");
    }
}
