package io.github.influxauth.api;

import io.github.influxauth.text.TerminalText;
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
        logging.redactHeader("Proxy-Authorization");
        logging.redactHeader("Cookie");
        logging.redactHeader("Set-Cookie");
        return logging;
    }

    /** Replaces JSON {@code "token"} values and any occurrence of our own token; makes control characters visible. */
    static String redact(String message, String token) {
        return TerminalText.escapeKeepingLines(Redaction.redact(message, token));
    }
}
