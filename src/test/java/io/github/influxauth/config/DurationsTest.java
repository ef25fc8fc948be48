package io.github.influxauth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"10s,10000", "2m,120000", "1m30s,90000", "500ms,500", "1h,3600000", "45,45000", "0,0"})
    void parses(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), Durations.parse(text, "--timeout"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ten", "10x", "s", "1m 30s", "-5s", "99999999999999999999s"})
    void rejects(String text) {
        ConfigException e = assertThrows(ConfigException.class, () -> Durations.parse(text, "INFLUX_TIMEOUT"));
        assertEquals("INFLUX_TIMEOUT must be a duration such as 30s, 2m or 1m30s, not \"" + text + "\"", e.getMessage());
    }
}
