package io.github.influxauth.output;

import io.github.influxauth.text.TerminalText;

/** How a token value appears in human output. */
public final class Tokens {

    public static final String UNAVAILABLE = "(unavailable)";
    /** Shorter tokens are not shown at all when masked: 4 + 4 characters would give most of them away. */
    private static final int SHORTEST_PARTLY_SHOWN = 16;

    private Tokens() {}

    /**
     * {@code (unavailable)} for a token the server did not disclose (missing, empty or
     * {@code redacted}: hashed tokens in OSS 2.9, every token in Cloud); the whole token when
     * {@code show}; else its first and last four characters.
     */
    public static String display(String token, boolean show) {
        if (!isDisclosed(token)) {
            return UNAVAILABLE;
        }
        return TerminalText.escape(show ? token : mask(token));
    }

    /** Its first and last four characters, or {@code …} alone for a token too short to show any of. */
    public static String mask(String token) {
        if (token.length() < SHORTEST_PARTLY_SHOWN) {
            return "…";
        }
        return token.substring(0, 4) + "…" + token.substring(token.length() - 4);
    }

    public static boolean isDisclosed(String token) {
        return token != null && !token.isEmpty() && !token.equalsIgnoreCase("redacted");
    }
}
