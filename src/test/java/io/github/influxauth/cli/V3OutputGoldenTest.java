package io.github.influxauth.cli;

import static io.github.influxauth.testing.Golden.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.FakeInfluxDb3;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Fixtures;
import io.github.influxauth.testing.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every format, whole, against each InfluxDB 3 the contract describes, reached as the influxdb3 CLI's
 * users reach it (INFLUXDB3_HOST_URL, INFLUXDB3_AUTH_TOKEN): stdout golden, stderr empty, exit 0.
 */
class V3OutputGoldenTest {

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> core = FakeServer.of(FakeInfluxDb3::core);

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> enterprise = FakeServer.of(FakeInfluxDb3::enterprise);

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> core37 = FakeServer.of(FakeInfluxDb3::core37);

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> core30 = FakeServer.of(FakeInfluxDb3::core30);

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> withoutAuth = FakeServer.of(FakeInfluxDb3::withoutAuth);

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> hostile =
            FakeServer.of(() -> FakeInfluxDb3.withRows(Fixtures.v3Rows("/fixtures/v3-hostile.json")));

    @Test
    void aServerWithoutAuthenticationListsItsTokensWithANote() {
        Result table = withoutAuth.run("list");
        assertEquals(0, table.exitCode(), table::toString);
        assertGolden("v3/without-auth-list-table.txt", table.out());
        assertEquals(NO_AUTH_NOTE, table.err());
        Result detail = withoutAuth.run("get", "_admin");
        assertGolden("v3/without-auth-get-detail.txt", detail.out());
        assertEquals(NO_AUTH_NOTE, detail.err());
        Result json = withoutAuth.run("list", "--format", "ndjson");
        assertEquals(
                Fixtures.v3Example("query-tokens-without-auth.json").replaceAll("^\\[|\\]$", "") + "\n",
                json.out(),
                "the row as sent: no hash column, and no null for it");
    }

    @Test
    void namesAndPermissionsCannotReachTheTerminalRaw() {
        Result table = hostile.run("list");
        Result detail = hostile.run("list", "--format", "detail");
        Result csv = hostile.run("list", "--format", "csv");
        for (Result r : List.of(table, detail, csv)) {
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("", r.err(), r::toString);
            // CSV's own line ends are CRLF; no other CR may appear.
            String text = r == csv ? r.out().replace("\r\n", "\n") : r.out();
            for (char c : new char[] {'\u001b', '\u0007', '\r', '\u202e', '\u009b', '\t'}) {
                assertEquals(-1, text.indexOf(c), () -> "raw U+" + Integer.toHexString(c) + " in\n" + text);
            }
        }
        assertEquals(3, table.out().lines().count(), "one line a token, and the header");
        assertGolden("v3/hostile-list-table.txt", table.out());
        assertGolden("v3/hostile-list-detail.txt", detail.out());
        assertGolden("v3/hostile-list-csv.txt", csv.out());
    }

    private static final String NO_AUTH_NOTE =
            "note: this InfluxDB 3 server runs without authentication (--without-auth):"
                    + " it checks no token, and lists no hashes\n";

    private static void assertListed(String golden, Result r) {
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err(), r::toString);
        assertGolden(golden, r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "v3/core-list-table.txt         | list",
                "v3/core-list-table-no-header.txt | list --hide-headers",
                "v3/core-list-json.txt          | list --json",
                "v3/core-list-ndjson.txt        | list --format ndjson",
                "v3/core-list-csv.txt           | list --format csv",
                "v3/core-list-detail.txt        | list --format detail",
                "v3/core-get-detail.txt         | get 0",
                "v3/core-get-detail-expired.txt | get old-ci",
                "v3/core-get-json.txt           | get grafana-ro --json",
                "v3/core-get-ndjson.txt         | get 1 --format ndjson",
                "v3/core-get-csv.txt            | get 1 --format csv",
                "v3/core-get-table.txt          | get 1 --format table",
            })
    void core(String golden, String args) {
        assertListed(golden, core.run(args.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "v3/enterprise-list-table.txt  | list",
                "v3/enterprise-list-json.txt   | list --json",
                "v3/enterprise-list-ndjson.txt | list --format ndjson",
                "v3/enterprise-list-csv.txt    | list --format csv",
                "v3/enterprise-list-detail.txt | list --format detail",
                "v3/enterprise-get-detail.txt  | get sensors-rw",
                "v3/enterprise-get-array.txt   | get 6",
            })
    void enterprise(String golden, String args) {
        assertListed(golden, enterprise.run(args.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "v3/core-list-table.txt   | list",
                "v3/core-list-ndjson.txt  | list --format ndjson",
            })
    void version37ListsAs310(String golden, String args) {
        assertListed(golden, core37.run(args.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "v3/core30-list-table.txt | list",
                "v3/core30-list-csv.txt   | list --format csv",
                "v3/core30-get-detail.txt | get _admin",
            })
    void version30WithWholeHashes(String golden, String args) {
        assertListed(golden, core30.run(args.split(" ")));
    }
}
