package io.github.influxauth.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Locale;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/** Turns an error response into an {@link ApiException}: the server's JSON message, or a description of what came instead. */
final class ErrorBodies {

    private static final int MAX_ERROR_BODY = 64 * 1024;
    static final int EXCERPT_CHARS = 200;

    private ErrorBodies() {}

    static ApiException toException(Response response, String url, String token, String retryNote) {
        String contentType = response.header("Content-Type");
        String text = read(response.body());
        String code = null;
        String message = null;
        if (text != null && !text.isBlank()) {
            try {
                JsonNode node = Json.mapper().readTree(text);
                if (node != null && node.isObject()) {
                    code = node.path("code").isTextual() ? node.path("code").asText() : null;
                    message = node.path("message").isTextual() ? node.path("message").asText() : null;
                    if (message == null && node.path("error").isTextual()) {
                        message = node.path("error").asText();
                    }
                }
            } catch (IOException notJson) {
                // Described below by its content type and first characters.
            }
        }
        if (message == null && response.header("X-Platform-Error-Code") != null) {
            code = response.header("X-Platform-Error-Code");
            message = code;
        }
        String excerpt = message == null ? excerpt(text, token) : null;
        return new ApiException(response.code(), code, Redaction.redact(message, token), contentType, excerpt, url,
                retryNote);
    }

    /**
     * For a successful status whose body is plainly not JSON (a proxy's login page): what came
     * instead, in the words of an error page. Null when the content type promises JSON (or is
     * missing), so that the parser has its say.
     */
    static BadResponseException notJson(Response response, String url, String token) {
        String contentType = response.header("Content-Type");
        if (contentType == null || contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return null;
        }
        String excerpt = excerpt(read(response.body()), token);
        return new BadResponseException("HTTP " + response.code() + " with a " + contentType + " body instead of JSON"
                + (excerpt == null ? "" : ": " + excerpt), url, ApiException.PROXY_HINT);
    }

    /** The first {@value #EXCERPT_CHARS} characters, tokens removed; null for an empty body. Control characters are escaped where it is printed. */
    private static String excerpt(String text, String token) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // Redacted before it is cut, so that no part of a token is left at the cut.
        String excerpt = Redaction.redact(text, token).strip();
        return excerpt.length() > EXCERPT_CHARS ? excerpt.substring(0, EXCERPT_CHARS) : excerpt;
    }

    private static String read(ResponseBody body) {
        try {
            BufferedSource source = body.source();
            source.request(MAX_ERROR_BODY);
            long size = Math.min(source.getBuffer().size(), MAX_ERROR_BODY);
            return source.getBuffer().readUtf8(size);
        } catch (IOException e) {
            return null;
        }
    }
}
