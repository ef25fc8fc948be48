package io.github.influxauth.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/** Turns an error response into an {@link ApiException}: the server's JSON message, or a description of what came instead. */
final class ErrorBodies {

    private static final int MAX_ERROR_BODY = 64 * 1024;
    static final int EXCERPT_CHARS = 200;

    private ErrorBodies() {}

    static ApiException toException(Response response, String url) {
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
        String excerpt = null;
        if (message == null && text != null && !text.isBlank()) {
            excerpt = text.strip();
            if (excerpt.length() > EXCERPT_CHARS) {
                excerpt = excerpt.substring(0, EXCERPT_CHARS);
            }
        }
        return new ApiException(response.code(), code, message, contentType, excerpt, url);
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
