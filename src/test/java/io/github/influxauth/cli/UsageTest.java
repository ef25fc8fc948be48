package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mistakes a new user makes on the command line: each a usage error (exit 2) that says what to type, before any request. */
class UsageTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    private void assertUsage(Result r, String err) {
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(err, r.err());
        assertEquals(0, server.requestCount(), "no request is sent");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // The Go influx CLI's single-dash habit: picocli would read -h (help, exit 0), or -o with "rg=acme".
                "list -hide-headers                  | -hide-headers | --hide-headers",
                "list -host http://localhost:9       | -host         | --host",
                "list -org=acme                      | -org          | --org",
                "-host http://localhost:9 list       | -host         | --host",
                "get 0d47b4f0c2e6a000 -json          | -json         | --json",
            })
    void singleDashLongOptions(String args, String typed, String meant) {
        assertUsage(
                server.run(args.split(" +")),
                "error: unknown option '" + typed + "'\nhint: did you mean " + meant
                        + "? Long options take two dashes\n");
    }

    @Test
    void atFileIsNotExpanded() throws Exception {
        // With @FILE expansion a configs file became arguments, and the usage error quoted its token.
        Path configs = Files.writeString(
                server.home().resolve("configs"), "[default]\n  token = \"" + FakeInfluxServer.TOKEN + "\"\n");
        String arg = "@" + configs;
        assertUsage(
                server.run(arg),
                "error: unknown command '" + arg.substring(0, 4) + "…'\nhint: see 'influx-auth --help'\n");
    }

    @Test
    void aMistypedOptionNeverQuotesItsValueWhole() {
        assertUsage(
                server.run("list", "--tokne", "SECRET-VALUE-0123456789"),
                "error: unknown option '--tokne'\nhint: did you mean --token or --token-file? see 'influx-auth list --help'\n");
        assertUsage(
                server.run("list", "--tokne=SECRET-VALUE-0123456789"),
                "error: unknown option '--tokne'\nhint: did you mean --token or --token-file? see 'influx-auth list --help'\n");
    }

    @Test
    void aMistypedCommandSuggestsTheCommandNotItsAlias() {
        assertUsage(
                server.run("lsit"),
                "error: unknown command 'lsit'\nhint: did you mean list? see 'influx-auth --help'\n");
    }

    @ParameterizedTest
    @CsvSource({"delete", "create", "update"})
    void writeCommandsPointAtTheInfluxCli(String verb) {
        assertUsage(
                server.run("auth", verb, "--id", "0d47b4f0c2e6a000"),
                "error: influx-auth only reads tokens: it has no '" + verb + "' command\n" + "hint: to " + verb
                        + " a token, use the influx CLI: influx auth " + verb + " --help\n");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--user-id, xyz", "--org-id, 5f1c2d3e4a6b7c8", "--user-id, 0d47b4f0c2e6a00g"})
    void malformedIdsAreUsageErrors(String option, String value) {
        assertUsage(
                server.run("list", option, value),
                "error: " + option + " \"" + value
                        + "\" is not an ID: IDs are 16 hexadecimal characters\nhint: see 'influx-auth list --help'\n");
    }

    @ParameterizedTest
    @CsvSource({"123", "0d47b4f0c2e6a00g"})
    void aMalformedV2IdIsAUsageErrorOnceTheServerIsKnown(String id) {
        String err = "error: --id \"" + id + "\" is not an ID: IDs are 16 hexadecimal characters\n"
                + "hint: see 'influx-auth list --help'\n";
        // With --api v2, before any request.
        assertUsage(server.run("list", "--id", id, "--api", "v2"), err);
        // Found out: an InfluxDB 3 token's ID is a number or a name, so the first answer decides, and nothing is
        // printed.
        Result auto = server.run("list", "--id", id);
        assertEquals(2, auto.exitCode(), auto::toString);
        assertEquals("", auto.out());
        assertEquals(err, auto.err());
        assertEquals(1, server.requestCount());
    }

    @Test
    void idsCompareWithoutCase() {
        Result r = server.run("list", "--id", "0D47B4F0C2E6A000", "--format", "csv", "--hide-headers");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("0d47b4f0c2e6a000", r.out().substring(0, 16));
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void anEmptyTokenIsNoToken() {
        Result r = server.cli().env("INFLUX_TOKEN", "").run("list", "--token", "");
        assertUsage(
                r,
                "error: no API token given\nhint: pass --token or --token-file, set INFLUX_TOKEN, or add a token to a"
                        + " config in " + server.home().resolve(".influxdbv2/configs") + "\n");
    }

    @Test
    void aConfigsPathThatDoesNotExistIsSaid() {
        Path missing = server.home().resolve("nope/configs");
        Result r = server.cli().env("INFLUX_TOKEN", "").run("list", "--configs-path", missing.toString());
        assertUsage(r, "error: the configs file " + missing + " (from --configs-path) does not exist\n");
        // Named on purpose, it is checked even when the host and token come from elsewhere.
        assertUsage(
                server.cli().env("INFLUX_CONFIGS_PATH", missing.toString()).run("list"),
                "error: the configs file " + missing + " (from INFLUX_CONFIGS_PATH) does not exist\n");
    }

    @Test
    void severalConfigsAndNoneActiveAskForOne() throws Exception {
        Path configs = Files.writeString(
                server.home().resolve("configs"),
                "[prod]\n  url = \"" + server.url() + "\"\n  token = \"a-token-of-prod\"\n" + "[staging]\n  url = \""
                        + server.url() + "\"\n  token = \"a-token-of-staging\"\n");
        Result r = server.cli()
                .env("INFLUX_TOKEN", "")
                .env("INFLUX_HOST", "")
                .run("list", "--configs-path", configs.toString());
        assertUsage(
                r,
                "error: 2 configs in " + configs + " (prod, staging), none active; choose one with -c\n"
                        + "hint: for example -c prod, or mark one active = true in the file\n");
    }
}
