package io.github.influxauth.cli;

import static io.github.influxauth.testing.Golden.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Fixtures;
import io.github.influxauth.testing.Result;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every format, whole, against the contract's examples: stdout golden, stderr empty, exit 0. */
class OutputGoldenTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "list-table.txt            | list",
                "list-table-no-header.txt  | list --hide-headers",
                "list-table-tokens.txt     | list --show-tokens",
                "list-json.txt             | list --json",
                "list-json.txt             | list --format json",
                "list-json-tokens.txt      | list --json --show-tokens",
                "list-csv-tokens.txt       | list --format csv --show-tokens",
                "list-ndjson-tokens.txt    | list --format ndjson --show-tokens",
                "list-ndjson.txt           | list --format ndjson",
                "list-csv.txt              | list --format csv",
                "list-csv-no-header.txt    | list --format csv --hide-headers",
                "get-detail.txt            | get 0d47b4f0c2e6a000",
                "get-detail-tokens.txt     | get 0d47b4f0c2e6a000 --show-tokens",
                "get-json.txt              | get 0d47b4f0c2e6a000 --json",
                "get-table.txt             | get 0d47b4f0c2e6a000 --format table",
                "get-csv.txt               | get 0d47b4f0c2e6a000 --format csv",
                "get-ndjson.txt            | get 0d47b4f0c2e6a000 --format ndjson",
                "get-detail-operator.txt   | auth get 0d47b3a6f4f6a000",
            })
    void contractExamples(String golden, String args) {
        Result r = server.run(args.split(" "));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err());
        assertGolden(golden, r.out());
    }

    @Test
    void hashedTokensShowAsUnavailableInTableButAsSentInJson() {
        server.serve(new FakeInfluxServer(Fixtures.authorizations("authorizations-list-hashed-tokens.json")));
        Result table = server.run("list", "--show-tokens");
        assertEquals(0, table.exitCode(), table::toString);
        assertGolden("list-hashed-table.txt", table.out());
        Result json = server.run("list", "--format", "ndjson");
        assertEquals(3, json.out().split("\"token\":\"\"", -1).length - 1, json::toString);
    }

    @Test
    void envVariablesSelectJsonAndHideHeaders() {
        Cli cli = server.cli();
        Result json = cli.env("INFLUX_OUTPUT_JSON", "yes").run("list");
        assertGolden("list-json.txt", json.out());
        Result csv = cli.env("INFLUX_HIDE_HEADERS", "TRUE").run("list", "--format", "csv");
        assertGolden("list-csv-no-header.txt", csv.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "help-root.txt  | --help",
                "help-list.txt  | list --help",
                "help-get.txt   | get --help",
                "help-audit.txt | audit --help",
                "help-auth.txt  | auth --help",
            })
    void help(String golden, String args) {
        // Nothing set, not even INFLUX_HOST: the help must not depend on the environment it runs in.
        Result r = new Cli(server.home()).run(args.split(" "));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err());
        assertGolden(golden, r.out());
    }

    @Test
    void jsonFormatsKeepNumbersAndUnknownFieldsExactlyAsSent() {
        String item = "{\"id\":\"0d47c0000000a001\",\"status\":\"active\",\"ttl\":1.50,\"neg\":-0.0,"
                + "\"exp\":1e3,\"big\":123456789012345678901234567890,\"extra\":{\"nested\":[1,true,null]},\"permissions\":[]}";
        // Bodies given as text: the fake keeps its data as JSON trees, which would write 1.50 as 1.5.
        server.fake()
                .fault(
                        0,
                        new MockResponse.Builder()
                                .code(200)
                                .addHeader("Content-Type", "application/json")
                                .body("{\"links\":{\"self\":\"/api/v2/authorizations\"},\"authorizations\":[" + item
                                        + "]}")
                                .build());
        server.fake()
                .fault(
                        1,
                        new MockResponse.Builder()
                                .code(200)
                                .addHeader("Content-Type", "application/json")
                                .body(item)
                                .build());
        Result ndjson = server.run("list", "--format", "ndjson");
        assertEquals(item + "\n", ndjson.out(), ndjson::toString);
        Result get = server.run("get", "0d47c0000000a001", "--json");
        assertEquals(0, get.exitCode(), get::toString);
        assertEquals(true, get.out().contains("\"ttl\": 1.50,\n  \"neg\": -0.0,\n  \"exp\": 1e3,"), get.out());
    }
}
