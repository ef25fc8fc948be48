package io.github.influxauth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.Origin;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({
        "10s,10000",
        "2m,120000",
        "1m30s,90000",
        "500ms,500",
        "1h,3600000",
        "45,45000",
        "0,0",
        "7d,604800000",
        "2w,1209600000",
        "1d12h,129600000"
    })
    void parses(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), Durations.parse(text, Origin.option("--timeout")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "ten",
                "10x",
                "s",
                "1m 30s",
                "-5s",
                "99999999999999999999s",
                "99999999999999999999",
                "9999999999999999h"
            })
    void rejects(String text) {
        Origin origin = Origin.environment("INFLUX_TIMEOUT");
        ConfigFailure e = assertThrows(ConfigFailure.class, () -> Durations.parse(text, origin));
        assertEquals(ConfigFailure.Problem.NOT_A_DURATION, e.problem());
        assertEquals(origin, e.origin());
        assertEquals(text, e.value());
    }
}
