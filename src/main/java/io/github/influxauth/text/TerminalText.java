package io.github.influxauth.text;

/**
 * Makes server-supplied text safe to print on a terminal: every character that could move the
 * cursor, change colours, add a line or reorder text is shown as a visible escape instead.
 */
public final class TerminalText {

    private TerminalText() {}

    /** The text on one line, every unsafe character escaped; {@code ""} for null. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /**
     * The same, but line feeds and tabs are kept: for multi-line text such as the bodies an
     * {@code --http-debug} trace shows, where they only lay text out.
     */
    public static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return "";
        }
        int i = 0;
        while (i < text.length() && !needsEscape(text, i, keepLines)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(text, i, keepLines)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case 0x1b -> out.append("\\e");
                case 0x07 -> out.append("\\a");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x80) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Unicode's format characters (category Cf): bidi overrides and isolates that reorder text, and
     * invisible ones that hide or join it. Except the two joiners, which emoji and some scripts need
     * between visible letters and which can neither reorder nor hide text.
     */
    public static boolean isFormat(char c) {
        return Character.getType(c) == Character.FORMAT && c != 0x200c && c != 0x200d;
    }

    private static boolean needsEscape(String text, int i, boolean keepLines) {
        char c = text.charAt(i);
        if (keepLines && (c == '\n' || c == '\t')) {
            return false;
        }
        if (c < 0x20 || c == 0x7f) {
            return true;
        }
        if (c < 0x80) {
            return false;
        }
        if (c < 0xa0) {
            return true; // C1 controls, e.g. U+009B, the one-byte CSI
        }
        if (c == 0x2028 || c == 0x2029) {
            return true; // line and paragraph separators add lines
        }
        if (isFormat(c)) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
