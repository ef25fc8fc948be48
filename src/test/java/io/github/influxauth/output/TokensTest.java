package io.github.influxauth.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TokensTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "redacted", "REDACTED"})
    void undisclosedTokensAreUnavailableEvenWithShowTokens(String token) {
        assertEquals("(unavailable)", Tokens.display(token, false));
        assertEquals("(unavailable)", Tokens.display(token, true));
    }

    @Test
    void maskedToFirstAndLastFour() {
        String token = "HfFTpcR9AWUTWkX29ijXLjCKC_swwf1RK-3FIzxXrZPsAg9X1kZVIqrcBjGXYewoUWbpnuT7S_8QW87l0Sdszg==";
        assertEquals("HfFT…zg==", Tokens.display(token, false));
        assertEquals(token, Tokens.display(token, true));
    }

    @Test
    void shortTokensAreNotPartlyShown() {
        assertEquals("…", Tokens.display("abcdefgh12", false));
    }
}
