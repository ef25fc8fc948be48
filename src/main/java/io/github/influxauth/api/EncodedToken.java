package io.github.influxauth.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Finds a token in text however a server may have escaped it on the way back: each character
 * literally, as a JSON escape ({@code \/}, {@code \u0041}, also JSON in JSON: {@code \\/}), percent-encoded once or twice
 * ({@code %2F}, {@code %252F}) or as an HTML character reference ({@code &#47;}, {@code &#x2f;}),
 * in any mix; or the whole token as hexadecimal (okio's excerpts of bad bytes) or base64. The
 * token is printable ASCII (the configuration refuses anything else), so one character is one byte.
 */
final class EncodedToken {

    private EncodedToken() {}

    /** {@code text} with every occurrence of {@code token}, in any of those forms, replaced by {@code replacement}. */
    static String replace(String text, String token, String replacement) {
        String result = replaceEscaped(text, token, replacement);
        byte[] bytes = token.getBytes(StandardCharsets.US_ASCII);
        String hex = HexFormat.of().formatHex(bytes);
        result = replaceIgnoringCase(result, hex, replacement);
        for (Base64.Encoder encoder : new Base64.Encoder[] {Base64.getEncoder(), Base64.getUrlEncoder()}) {
            String base64 = encoder.withoutPadding().encodeToString(bytes);
            // Shorter than the token: then a few characters could match by chance, and it is not a secret's form.
            if (base64.length() >= token.length()) {
                result = result.replace(base64, replacement);
            }
        }
        return result;
    }

    private static String replaceEscaped(String text, String token, String replacement) {
        StringBuilder out = null;
        int copied = 0;
        int[] unit = new int[2];
        for (int i = 0; i < text.length(); ) {
            int end = matchAt(text, i, token, unit);
            if (end < 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i).append(replacement);
            copied = end;
            i = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Where a match of the token starting at {@code start} ends, or -1. */
    private static int matchAt(String text, int start, String token, int[] unit) {
        int pos = start;
        for (int k = 0; k < token.length(); k++) {
            if (pos >= text.length() || !decode(text, pos, unit) || unit[0] != token.charAt(k)) {
                return -1;
            }
            pos += unit[1];
        }
        return pos;
    }

    /** Decodes the character at {@code pos} into {@code unit}: its value, then how many characters it takes. */
    private static boolean decode(String text, int pos, int[] unit) {
        char c = text.charAt(pos);
        unit[0] = c;
        unit[1] = 1;
        if (c == '\\' && pos + 1 < text.length()) {
            // JSON inside JSON escapes the escape: \\/ and \\u0041 stand for / and A as \/ and \u0041 do.
            // A few layers at most: a text of nothing but backslashes must not take quadratic time.
            int run = pos;
            while (run < text.length() && run - pos < 8 && text.charAt(run) == '\\') {
                run++;
            }
            char next = run < text.length() ? text.charAt(run) : 0;
            if (next == 'u' && hexAt(text, run + 1, 4) >= 0) {
                unit[0] = hexAt(text, run + 1, 4);
                unit[1] = run + 5 - pos;
            } else if (next == '/' || next == '"') {
                unit[0] = next;
                unit[1] = run + 1 - pos;
            } else if (text.charAt(pos + 1) == '\\') {
                unit[1] = 2;
            }
        } else if (c == '%' && hexAt(text, pos + 1, 2) >= 0) {
            int b = hexAt(text, pos + 1, 2);
            if (b == '%' && hexAt(text, pos + 3, 2) >= 0) {
                unit[0] = hexAt(text, pos + 3, 2); // %25 then the escape: percent-encoded twice
                unit[1] = 5;
            } else {
                unit[0] = b;
                unit[1] = 3;
            }
        } else if (c == '&' && pos + 2 < text.length() && text.charAt(pos + 1) == '#') {
            return characterReference(text, pos, unit);
        }
        return true;
    }

    /** {@code &#47;} or {@code &#x2f;}; anything else is the ampersand itself. */
    private static boolean characterReference(String text, int pos, int[] unit) {
        boolean hex = text.charAt(pos + 2) == 'x' || text.charAt(pos + 2) == 'X';
        int digits = pos + (hex ? 3 : 2);
        int value = 0;
        int i = digits;
        while (i < text.length() && i - digits < 8 && Character.digit(text.charAt(i), hex ? 16 : 10) >= 0) {
            value = value * (hex ? 16 : 10) + Character.digit(text.charAt(i), hex ? 16 : 10);
            i++;
        }
        if (i > digits && i < text.length() && text.charAt(i) == ';') {
            unit[0] = value;
            unit[1] = i + 1 - pos;
        }
        return true;
    }

    /** The value of {@code count} hex digits at {@code pos}, or -1. */
    private static int hexAt(String text, int pos, int count) {
        if (pos + count > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = pos; i < pos + count; i++) {
            int d = Character.digit(text.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            value = value * 16 + d;
        }
        return value;
    }

    private static String replaceIgnoringCase(String text, String needle, String replacement) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length() || !lower.contains(needle)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, from)) {
            out.append(text, from, at).append(replacement);
            from = at + needle.length();
        }
        return out.append(text, from, text.length()).toString();
    }
}
