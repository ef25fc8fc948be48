package io.github.influxauth.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalTextTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
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
                // Other format characters (Unicode category Cf) hide text: zero-width space, BOM, soft hyphen, tags.
                "200b | \\u200b",
                "feff | \\ufeff",
                "00ad | \\u00ad",
                "2060 | \\u2060",
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
    void theJoinersThatEmojiNeedAreKept() {
        String family = "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 and ab\u200cc";
        assertSame(family, TerminalText.escape(family));
    }

    @Test
    void debugTracesKeepTheirLinesButNotTheRest() {
        assertEquals(
                "{\n\t\"a\": \"\\e[2J\\u202e\"\n}",
                TerminalText.escapeKeepingLines("{\n\t\"a\": \"\u001b[2J\u202e\"\n}"));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", TerminalText.escape(null));
    }
}
