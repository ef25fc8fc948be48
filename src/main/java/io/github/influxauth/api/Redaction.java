package io.github.influxauth.api;

import java.util.regex.Pattern;

/**
 * Removes token values from server-supplied text before it is shown anywhere (traces, error
 * excerpts): our own token wherever it appears, and the value of every JSON {@code "token"} field,
 * which in a listing is someone else's secret.
 */
final class Redaction {

    static final String REDACTED = "<redacted>";
    private static final Pattern TOKEN_FIELD = Pattern.compile("(\"token\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\"?)");

    private Redaction() {}

    static String redact(String text, String token) {
        if (text == null) {
            return null;
        }
        // A cut-off excerpt may end inside a token value: the closing quote is optional for that.
        String result = TOKEN_FIELD.matcher(text).replaceAll("$1" + REDACTED + "$3");
        if (token != null && !token.isEmpty()) {
            result = result.replace(token, REDACTED);
        }
        return result;
    }
}
