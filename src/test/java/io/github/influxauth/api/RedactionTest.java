package io.github.influxauth.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The caller's token in every form a server may echo it, and other people's tokens in JSON, become {@code <redacted>}. */
class RedactionTest {

    private static final String TOKEN = "s3cret/Tok+en==";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "s3cret/Tok+en==",
                "s3cret\\/Tok+en==",
                "s3cret\\\\/Tok\\\\u002ben==",
                "\\u0073\\u0033cret\\/Tok\\u002Ben\\u003d\\u003D",
                "s3cret%2FTok%2Ben%3D%3D",
                "s3cret%2fTok%2Ben%3d%3d",
                "%73%33%63%72%65%74%2F%54%6F%6B%2B%65%6E%3D%3D",
                "s3cret%252FTok%252Ben%253D%253D",
                "s3cret&#47;Tok&#x2b;en&#61;&#x3D;",
                "7333637265742f546f6b2b656e3d3d",
                "7333637265742F546F6B2B656E3D3D",
                "czNjcmV0L1Rvaytlbj09",
            })
    void everyFormOfTheCallersToken(String form) {
        assertEquals("before <redacted> after", Redaction.redact("before " + form + " after", TOKEN));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"token\": \"abc\\\"def\", \"id\": \"1\"}      | {\"token\": \"<redacted>\", \"id\": \"1\"}",
                "{\"tok\\u0065n\":\"abcdef\"}                    | {\"tok\\u0065n\":\"<redacted>\"}",
                "{\"TOKEN\" : \"abcdef\"}                        | {\"TOKEN\" : \"<redacted>\"}",
                "{\"n\": 1, \"token\": \"abcdef\"}               | {\"n\": 1, \"token\": \"<redacted>\"}",
                "{\"description\": \"token\", \"token\": \"x\"}  | {\"description\": \"token\", \"token\": \"<redacted>\"}",
                "{\"tokens\": \"abcdef\"}                        | {\"tokens\": \"abcdef\"}",
                "{\"token\": \"cut off at 200 charac             | {\"token\": \"<redacted>",
            })
    void tokenFieldsOfJson(String text, String redacted) {
        assertEquals(redacted, Redaction.redact(text, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3cret/Tok+en=", "s3cret%2FTok", "plain text, 100% safe & sound", "%zz&#;\\u12"})
    void textWithoutTheWholeTokenIsLeftAlone(String text) {
        assertEquals(text, Redaction.redact(text, TOKEN));
    }

    @org.junit.jupiter.api.Test
    void aTextOfBackslashesTakesLinearTime() {
        String backslashes = "\\".repeat(2_000_000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10),
                () -> assertEquals(backslashes, Redaction.redact(backslashes, TOKEN)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n"})
    void hexOfTheTokenInAnyCase(String separator) {
        String hex = HexFormat.of().formatHex(TOKEN.getBytes());
        assertEquals(
                "<redacted>" + separator + "<redacted>", Redaction.redact(hex + separator + hex.toUpperCase(), TOKEN));
    }
}
