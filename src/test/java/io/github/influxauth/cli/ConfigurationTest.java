package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where the host and token come from: option > environment > active config > default, and the
 * configuration errors that stop a run before any request. Each run starts from an empty
 * environment ({@code new Cli(home)}, not the servers' {@code cli()}), since that is what is tested.
 */
class ConfigurationTest {

    static final String PROD_TOKEN = "prod-token-aaaaaaaaaaaaaaaaaaaaaaaa";
    static final String STAGING_TOKEN = "staging-token-bbbbbbbbbbbbbbbbbbbbbb";

    @RegisterExtension
    final FakeServer<FakeInfluxServer> prod = FakeServer.of(() -> new FakeInfluxServer(List.of()).token(PROD_TOKEN));

    @RegisterExtension
    final FakeServer<FakeInfluxServer> staging =
            FakeServer.of(() -> new FakeInfluxServer(List.of()).token(STAGING_TOKEN));

    Path home;
    Path configs;

    @BeforeEach
    void writeConfigs() throws Exception {
        home = prod.home();
        Files.createDirectories(home.resolve(".influxdbv2"));
        configs = Files.writeString(home.resolve(".influxdbv2/configs"), """
                [prod]
                  url = "%s"
                  token = "%s"
                  org = "acme"
                  active = true

                [staging]
                  url = "%s"
                  token = "%s"
                  org = "acme-staging"
                  previous = true
                """.formatted(
                        prod.url(), PROD_TOKEN, staging.url(), STAGING_TOKEN));
    }

    private static void assertListedEmpty(Result r) {
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("ID  DESCRIPTION  STATUS  USER  ORG  PERMISSIONS\n", r.out());
    }

    @Test
    void activeConfigFromTheDefaultConfigsFile() throws Exception {
        Result r = new Cli(home).run("list");
        assertListedEmpty(r);
        assertEquals(1, prod.requestCount());
        assertEquals(0, staging.requestCount());
        assertEquals("Token " + PROD_TOKEN, prod.requests().get(0).getHeaders().get("Authorization"));
    }

    @Test
    void activeConfigOptionSelectsAnotherForThisRunOnly() throws Exception {
        byte[] before = Files.readAllBytes(configs);
        FileTime modified = Files.getLastModifiedTime(configs);
        assertListedEmpty(new Cli(home).run("list", "-c", "staging"));
        assertEquals(0, prod.requestCount());
        assertEquals(1, staging.requestCount());
        assertListedEmpty(new Cli(home).run("--active-config", "staging", "list"));
        assertEquals(2, staging.requestCount());
        assertEquals(new String(before), Files.readString(configs), "the configs file must never be written");
        assertEquals(modified, Files.getLastModifiedTime(configs));
    }

    @Test
    void activeConfigEnvironmentVariable() {
        assertListedEmpty(new Cli(home).env("INFLUX_ACTIVE_CONFIG", "staging").run("list"));
        assertEquals(1, staging.requestCount());
    }

    @Test
    void environmentOverridesTheConfigAndOptionsOverrideTheEnvironment() throws Exception {
        // INFLUX_HOST points at staging; the token still comes from the active config (prod): rejected there.
        Cli cli = new Cli(home).env("INFLUX_HOST", staging.url());
        Result r = cli.run("list");
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(
                r.err().startsWith("error: the server rejected the token from config \"prod\" in " + configs), r.err());
        // INFLUX_TOKEN beats the config; --host beats INFLUX_HOST; --token beats INFLUX_TOKEN.
        assertListedEmpty(cli.env("INFLUX_TOKEN", STAGING_TOKEN).run("list"));
        assertListedEmpty(cli.run("list", "--host", prod.url(), "--token", PROD_TOKEN));
        assertListedEmpty(cli.run("--host", prod.url(), "list", "-t", PROD_TOKEN));
    }

    @Test
    void optionAfterTheSubcommandBeatsTheSameOptionBeforeIt() {
        Result r = new Cli(home)
                .run("--host", "http://127.0.0.1:1/", "list", "--host", staging.url(), "-t", STAGING_TOKEN);
        assertListedEmpty(r);
    }

    @Test
    void configsPathOptionAndEnvironment() throws Exception {
        Path other = Files.writeString(
                home.resolve("other-configs"),
                "[only]\nurl = \"" + staging.url() + "\"\ntoken = \"" + STAGING_TOKEN + "\"\n");
        assertListedEmpty(new Cli(home).run("list", "--configs-path", other.toString()));
        assertListedEmpty(
                new Cli(home).env("INFLUX_CONFIGS_PATH", other.toString()).run("list"));
        assertEquals(2, staging.requestCount());
    }

    @Test
    void tokenFromStandardInput() {
        Result r = new Cli(home).stdin(STAGING_TOKEN + "\n").run("list", "--host", staging.url(), "--token-file", "-");
        assertListedEmpty(r);
    }

    @Test
    void malformedConfigsFileIsAConfigurationError() throws Exception {
        Files.writeString(configs, "[prod\nurl = \"http://x\"\n");
        Result r = new Cli(home).run("list");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: malformed configs file " + configs + ": "), r.err());
        assertEquals(2, r.err().lines().count(), r.err());
        assertEquals(0, prod.requestCount() + staging.requestCount());
    }

    @Test
    void unknownConfigNameListsTheKnownOnes() {
        Result r = new Cli(home).run("list", "-c", "nope");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(
                "error: no config named \"nope\" in " + configs + "\nhint: configs there: prod, staging\n", r.err());
        assertEquals(0, prod.requestCount() + staging.requestCount());
    }

    @Test
    void missingTokenSaysWhereATokenCanComeFrom() throws Exception {
        Files.delete(configs);
        Result r = new Cli(home).run("list", "--host", prod.url());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(
                "error: no API token given\nhint: pass --token or --token-file, set INFLUX_TOKEN, or add a token"
                        + " to a config in " + configs + "\n",
                r.err());
        assertEquals(0, prod.requestCount());
    }

    @Test
    void malformedIdIsAUsageErrorBeforeAnyRequest() {
        Result r = new Cli(home).run("get", "0d47-nope");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(
                "error: \"0d47-nope\" is not an authorization ID: IDs are 16 hexadecimal characters\n"
                        + "hint: see 'influx-auth get --help'\n",
                r.err());
        assertEquals(0, prod.requestCount());
    }

    @Test
    void exclusiveOptionsAreUsageErrors() {
        Cli cli = new Cli(home);
        assertEquals(
                "error: --user=NAME, --user-id=ID are mutually exclusive (specify only one)\n"
                        + "hint: see 'influx-auth list --help'\n",
                cli.run("list", "--user", "a", "--user-id", "0d47b4c1a9f6a000").err());
        assertEquals(
                "error: --org=NAME, --org-id=ID are mutually exclusive (specify only one)\n"
                        + "hint: see 'influx-auth list --help'\n",
                cli.run("list", "--org", "a", "--org-id", "0d47b4c1a9f6a000").err());
        Result both = cli.run("list", "--token", "x", "--token-file", "-");
        assertEquals(2, both.exitCode());
        assertEquals(
                "error: --token=TOKEN, --token-file=PATH are mutually exclusive (specify only one)\n"
                        + "hint: see 'influx-auth list --help'\n",
                both.err());
        assertEquals(0, prod.requestCount());
    }

    @Test
    void invalidBooleanEnvironmentVariableIsNamed() {
        Result r = new Cli(home).env("INFLUX_HIDE_HEADERS", "maybe").run("list");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("error: INFLUX_HIDE_HEADERS must be true/false/1/0/yes/no, not \"maybe\"\n", r.err());
    }

    @Test
    void unknownOptionNeverEchoesTheToken() {
        Result r = new Cli(home).run("list", "--token", PROD_TOKEN, PROD_TOKEN);
        assertEquals(2, r.exitCode(), r::toString);
        // A stray value is quoted by its first four characters only: a mistyped option leaves a token unmatched.
        assertEquals("error: unexpected argument 'prod…'\nhint: see 'influx-auth list --help'\n", r.err());
    }

    @Test
    void hostWithoutSchemeIsAConfigurationError() {
        Result r = new Cli(home).run("list", "--host", "localhost:8086", "-t", PROD_TOKEN);
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(
                "error: the host from --host must start with http:// or https://\n"
                        + "hint: for example --host http://localhost:8086\n",
                r.err());
    }
}
