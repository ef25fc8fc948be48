package io.github.influxauth.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayWidthTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "abc         | 3",
                "温度         | 4",
                "센서         | 4",
                "ｆｕｌｌ     | 8",
                "😀          | 2",
                "🚀x         | 3",
                "e\u0301     | 1",
                "a\u200bb    | 2",
                "❤\uFE0F     | 2",
                "\\e[31m     | 6",
            })
    void columns(String text, int width) {
        assertEquals(width, DisplayWidth.of(text.strip()));
    }
}
