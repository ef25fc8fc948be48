package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.Result;
import io.github.influxauth.testing.FakeInfluxServer;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Boolean environment variables take true/false/1/0/yes/no in any case; anything else is exit 2 naming the variable (SPEC 3). */
class BooleanEnvTest {

    @TempDir
    Path home;

    MockWebServer server;
    String host;

    @BeforeEach
    void start() throws Exception {
        server = FakeInfluxServer.withContractExamples().start();
        host = server.url("/").toString();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Cli cli(String name, String value) {
        return new Cli(home).env(name, value).env("INFLUX_TOKEN", FakeInfluxServer.TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "1", "yes", "Yes", " yes "})
    void truthyOutputJson(String value) {
        Result r = cli("INFLUX_OUTPUT_JSON", value).run("list", "--host", host);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(true, r.out().startsWith("[\n  {\n"), r::toString);
        assertEquals("", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "False", "0", "no", "NO"})
    void falsyOutputJson(String value) {
        Result r = cli("INFLUX_OUTPUT_JSON", value).run("list", "--host", host);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(true, r.out().startsWith("ID  "), r::toString);
        assertEquals("", r.err());
    }

    @ParameterizedTest
    @CsvSource({
        "INFLUX_SKIP_VERIFY, maybe, ''",
        "INFLUX_SKIP_VERIFY, on, --skip-verify",
        "INFLUX_OUTPUT_JSON, y, ''",
        "INFLUX_OUTPUT_JSON, 2, --json",
        "INFLUX_HIDE_HEADERS, enabled, ''",
        "INFLUX_HIDE_HEADERS, truee, --hide-headers",
    })
    void anythingElseIsAConfigurationErrorNamingTheVariable(String name, String value, String option) {
        Result r = option.isEmpty() ? cli(name, value).run("list", "--host", host)
                : cli(name, value).run("list", "--host", host, option);
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("error: " + name + " must be true/false/1/0/yes/no, not \"" + value + "\"\n", r.err());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void hideHeadersFromTheEnvironment() {
        Result r = cli("INFLUX_HIDE_HEADERS", "1").run("list", "--host", host, "--format", "csv");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(3, r.out().lines().count(), r::toString);
        assertEquals(false, r.out().startsWith("id,"), r::toString);
        assertEquals("", r.err());
    }
}
