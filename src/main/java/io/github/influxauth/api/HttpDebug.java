package io.github.influxauth.api;

import java.io.PrintWriter;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.logging.HttpLoggingInterceptor;

/** {@code --http-debug}: every request and response on stderr, with token values redacted. */
final class HttpDebug {

    static final String REDACTED = "<redacted>";
    private static final Pattern TOKEN_FIELD = Pattern.compile("(\"token\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");

    private HttpDebug() {}

    static Interceptor interceptor(PrintWriter out, String token) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> {
            out.println(redact(message, token));
            out.flush();
        });
        logging.setLevel(HttpLoggingInterceptor.Level.BODY);
        logging.redactHeader("Authorization");
        logging.redactHeader("Cookie");
        logging.redactHeader("Set-Cookie");
        return logging;
    }

    /** Replaces JSON {@code "token"} values and any occurrence of our own token; makes control characters visible. */
    static String redact(String message, String token) {
        String text = TOKEN_FIELD.matcher(message).replaceAll("$1" + REDACTED + "$3");
        if (token != null && !token.isEmpty()) {
            text = text.replace(token, REDACTED);
        }
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                safe.append(String.format("\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }
}
