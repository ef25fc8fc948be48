package io.github.influxauth.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.influxauth.failure.BadResponse;
import io.github.influxauth.failure.HttpFailure;
import io.github.influxauth.failure.Origin;
import java.io.IOException;
import java.util.Locale;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/** Describes a response that is not the JSON asked for: the server's own error message, or what came instead. */
final class ErrorBodies {

    private static final int MAX_ERROR_BODY = 64 * 1024;
    static final int EXCERPT_CHARS = 200;

    private ErrorBodies() {}

    /** An error status: the server's message from its JSON body (or error header), else the start of the body. */
    static HttpFailure toFailure(Response response, String url, String token, Origin tokenOrigin) {
        String contentType = Redaction.redact(response.header("Content-Type"), token);
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
        return new HttpFailure(response.code(), code, Redaction.redact(message, token), contentType, excerpt, url, null,
                tokenOrigin);
    }

    /**
     * For a successful status whose body is plainly not JSON (a proxy's login page): what came
     * instead. Null when the content type promises JSON (or is missing), so that the parser has its say.
     */
    static BadResponse notJson(Response response, String url, String token) {
        String contentType = Redaction.redact(response.header("Content-Type"), token);
        if (contentType == null || contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return null;
        }
        String excerpt = excerpt(read(response.body()), token);
        return new BadResponse(BadResponse.Kind.NOT_JSON, url, excerpt, response.code(), contentType, 0, 0);
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
