package io.github.influxauth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MomentsTest {

    static final Instant NOW = Instant.parse("2026-09-01T12:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-01-31, 2026-01-31T00:00:00Z",
        "2026-01-31T12:30:00Z, 2026-01-31T12:30:00Z",
        "2026-01-31t12:30:00z, 2026-01-31T12:30:00Z",
        "2026-01-31T12:30:00.123456789Z, 2026-01-31T12:30:00.123456789Z",
        "2026-01-31T14:30:00+02:00, 2026-01-31T12:30:00Z",
        "2026-01-31 12:30:00Z, 2026-01-31T12:30:00Z",
        "90d, 2026-06-03T12:00:00Z",
        "12h, 2026-09-01T00:00:00Z",
        "2w, 2026-08-18T12:00:00Z",
        "1d12h, 2026-08-31T00:00:00Z",
    })
    void parses(String text, String expected) {
        assertEquals(Instant.parse(expected), Moments.parse(text, NOW));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "yesterday",
                "90",
                "2026-13-01",
                "2026-02-30",
                "2026-01-31T12:30:00",
                "31/01/2026",
                "-90d",
                "99999999999999999999d",
                "2026-01-31T25:00:00Z"
            })
    void rejects(String text) {
        assertThrows(IllegalArgumentException.class, () -> Moments.parse(text, NOW));
    }
}
