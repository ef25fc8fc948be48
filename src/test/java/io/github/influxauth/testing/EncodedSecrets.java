package io.github.influxauth.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forms in which a server can echo a token back, for {@link Secrets}' check to look for besides
 * the literal text: JSON-escaped ({@code \/}, {@code \u0041}; also twice, {@code \\/}), percent-encoded once or twice, as
 * HTML character references, as hexadecimal (okio quotes bad bytes so) and as base64. A token
 * the tool itself sent ("caller" tokens) is also looked for in pieces: an excerpt cut at a fixed
 * length, or okio's 32-byte hex excerpt, leaks part of it.
 */
public final class EncodedSecrets {

    /** A piece this long is no coincidence; the masked form the tool prints shows 4 + 4 characters. */
    static final int PIECE = 20;
    /** okio quotes 32 bytes in hex; a line prefix before the token leaves fewer of it. */
    static final int HEX_PIECE_BYTES = 12;
    /** Longer "tokens" are test inputs such as megabytes of standard input, not secrets anyone echoes. */
    static final int LONGEST_CHECKED = 1024;

    private static final Map<String, List<String>> FORMS = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> PIECES = new ConcurrentHashMap<>();

    private EncodedSecrets() {}

    /**
     * Throws an AssertionError when {@code text} holds one of {@code secrets} in an encoded form, or a
     * piece of one of {@code wholeOrPiece} in any form (the literal text included).
     */
    public static void assertAbsent(
            String where, String text, Iterable<String> secrets, Iterable<String> wholeOrPiece) {
        if (text == null) {
            return;
        }
        for (String secret : secrets) {
            if (checked(secret)) {
                check(where, text, secret, FORMS.computeIfAbsent(secret, EncodedSecrets::forms));
            }
        }
        for (String secret : wholeOrPiece) {
            if (checked(secret)) {
                check(where, text, secret, PIECES.computeIfAbsent(secret, EncodedSecrets::pieces));
            }
        }
    }

    private static boolean checked(String secret) {
        return secret != null && secret.length() >= Secrets.SHORTEST_CHECKED && secret.length() <= LONGEST_CHECKED;
    }

    private static void check(String where, String text, String secret, List<String> forms) {
        for (String form : forms) {
            if (text.contains(form)) {
                throw new AssertionError("a token value appears encoded in " + where + " (token starting "
                        + secret.substring(0, 4) + "…, as " + form.length() + " characters of " + describe(form)
                        + "):\n" + text);
            }
        }
    }

    private static String describe(String form) {
        return form.startsWith("\\u")
                ? "\\u escapes"
                : form.contains("%") ? "percent-encoding" : form.contains("&#") ? "character references" : "text";
    }

    /** The encoded forms of the whole secret (the literal form is {@link Secrets}' own check). */
    static List<String> forms(String secret) {
        List<String> forms = new ArrayList<>(encodings(secret));
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        forms.add(HexFormat.of().formatHex(bytes));
        forms.add(HexFormat.of().withUpperCase().formatHex(bytes));
        forms.add(Base64.getEncoder().withoutPadding().encodeToString(bytes));
        forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        forms.remove(secret);
        return List.copyOf(forms);
    }

    /** Every piece of {@value #PIECE} characters, literal and encoded, and every {@value #HEX_PIECE_BYTES}-byte piece in hex. */
    static List<String> pieces(String secret) {
        List<String> pieces = new ArrayList<>();
        int length = Math.min(PIECE, secret.length());
        for (int i = 0; i + length <= secret.length(); i++) {
            String piece = secret.substring(i, i + length);
            pieces.add(piece);
            pieces.addAll(encodings(piece));
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        int hexLength = Math.min(HEX_PIECE_BYTES, bytes.length);
        String hex = HexFormat.of().formatHex(bytes);
        for (int i = 0; i + hexLength <= bytes.length; i++) {
            String piece = hex.substring(2 * i, 2 * (i + hexLength));
            pieces.add(piece);
            pieces.add(piece.toUpperCase(Locale.ROOT));
        }
        return List.copyOf(new java.util.LinkedHashSet<>(pieces));
    }

    /** The text forms: JSON escapes, percent-encoding (reserved or every character, once or twice), character references. */
    private static List<String> encodings(String s) {
        List<String> forms = new ArrayList<>();
        forms.add(s.replace("/", "\\/"));
        forms.add(s.replace("/", "\\\\/"));
        forms.add(each(s, "\\u%04x", false));
        forms.add(each(s, "\\u%04X", false));
        forms.add(each(s, "%%%02X", true));
        forms.add(each(s, "%%%02x", true));
        forms.add(each(s, "%%%02X", false));
        forms.add(each(s, "%%%02x", false));
        forms.add(each(s, "%%25%02X", true));
        forms.add(each(s, "&#%d;", false));
        forms.add(each(s, "&#x%x;", false));
        return forms;
    }

    /** Each character in {@code format}; only those outside RFC 3986's unreserved set when {@code reservedOnly}. */
    private static String each(String s, String format, boolean reservedOnly) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            boolean unreserved = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || "-._~".indexOf(c) >= 0;
            out.append(reservedOnly && unreserved ? String.valueOf(c) : String.format(Locale.ROOT, format, (int) c));
        }
        return out.toString();
    }
}
