package io.github.influxauth.api;

import io.github.influxauth.failure.BadResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes token values from server-supplied text before it is shown anywhere (traces, error
 * excerpts, messages): our own token wherever and however encoded it appears ({@link EncodedToken}),
 * and the value of every JSON {@code "token"} field, which in a listing is someone else's secret,
 * also when the key itself is escaped ({@code "tok\u0065n"}).
 */
final class Redaction {

    static final String REDACTED = "<redacted>";
    /**
     * A JSON string, a colon, and the string after it. A cut-off excerpt may end inside the value:
     * the closing quote is optional for that.
     */
    private static final Pattern STRING_FIELD =
            Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"(\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\"?)");

    private Redaction() {}

    static String redact(String text, String token) {
        if (text == null) {
            return null;
        }
        String result = text.indexOf('"') < 0 ? text : tokenFields(text);
        if (token != null && !token.isEmpty()) {
            result = EncodedToken.replace(result, token, REDACTED);
        }
        return result;
    }

    /** The same failure with its server-supplied detail redacted. */
    static BadResponse redact(BadResponse e, String token) {
        String detail = redact(e.detail(), token);
        if (detail == null || detail.equals(e.detail())) {
            return e;
        }
        return new BadResponse(e.kind(), e.url(), detail, e.status(), e.contentType(), e.line(), e.column());
    }

    private static String tokenFields(String text) {
        Matcher m = STRING_FIELD.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            if (!isTokenKey(m.group(1))) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, m.start(3)).append(REDACTED);
            copied = m.end(3);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Whether a raw JSON key, escapes and all, says {@code token}. */
    private static boolean isTokenKey(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw.equalsIgnoreCase("token");
        }
        StringBuilder key = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(++i);
                if (next == 'u' && i + 4 < raw.length()) {
                    try {
                        key.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                        i += 4;
                        continue;
                    } catch (NumberFormatException notHex) {
                        return false;
                    }
                }
                key.append(next);
            } else {
                key.append(c);
            }
        }
        return key.toString().equalsIgnoreCase("token");
    }
}
