package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Boolean environment variables take true/false/1/0/yes/no in any case; anything else is exit 2
 * naming the variable, before any request.
 */
class BooleanEnvTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "1", "yes", "Yes", " yes "})
    void truthyOutputJson(String value) {
        Result r = server.cli().env("INFLUX_OUTPUT_JSON", value).run("list");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(true, r.out().startsWith("[\n  {\n"), r::toString);
        assertEquals("", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "False", "0", "no", "NO"})
    void falsyOutputJson(String value) {
        Result r = server.cli().env("INFLUX_OUTPUT_JSON", value).run("list");
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
        Result r = option.isEmpty()
                ? server.cli().env(name, value).run("list")
                : server.cli().env(name, value).run("list", option);
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("error: " + name + " must be true/false/1/0/yes/no, not \"" + value + "\"\n", r.err());
        assertEquals(0, server.requestCount());
    }

    @Test
    void hideHeadersFromTheEnvironment() {
        Result r = server.cli().env("INFLUX_HIDE_HEADERS", "1").run("list", "--format", "csv");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(3, r.out().lines().count(), r::toString);
        assertEquals(false, r.out().startsWith("id,"), r::toString);
        assertEquals("", r.err());
    }
}
