package io.github.influxauth.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalTextTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "1b   | \\e",
        "07   | \\a",
        "0d   | \\r",
        "0a   | \\n",
        "09   | \\t",
        "00   | \\x00",
        "7f   | \\x7f",
        "9b   | \\u009b",
        "85   | \\u0085",
        "202e | \\u202e",
        "2066 | \\u2066",
        "2028 | \\u2028",
    })
    void controlCharactersBecomeVisibleEscapes(String hex, String expected) {
        char c = (char) Integer.parseInt(hex, 16);
        assertEquals("a" + expected + "b", TerminalText.escape("a" + c + "b"));
    }

    @Test
    void printableTextIsReturnedAsIs() {
        String text = "temp 温度 🌡 café \\e stays";
        assertSame(text, TerminalText.escape(text));
    }

    @Test
    void loneSurrogatesAreEscapedButPairsKept() {
        assertEquals("x\\ud800y", TerminalText.escape("x\ud800y"));
        assertEquals("\ud83d\ude00", TerminalText.escape("\ud83d\ude00"));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", TerminalText.escape(null));
    }
}
