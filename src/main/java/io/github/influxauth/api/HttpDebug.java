package io.github.influxauth.api;

import java.io.PrintWriter;
import okhttp3.Interceptor;
import okhttp3.logging.HttpLoggingInterceptor;

/** {@code --http-debug}: every request and response on stderr, with token values redacted. */
final class HttpDebug {

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
        String text = Redaction.redact(message, token);
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
