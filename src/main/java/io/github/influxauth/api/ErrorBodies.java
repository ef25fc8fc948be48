package io.github.influxauth.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.influxauth.failure.BadResponse;
import io.github.influxauth.failure.HttpFailure;
import io.github.influxauth.failure.Origin;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/** Describes a response that is not the JSON asked for: the server's own error message, or what came instead. */
final class ErrorBodies {

    private static final int MAX_ERROR_BODY = 64 * 1024;
    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final Pattern HEADING = Pattern.compile("(?is)<h1[^>]*>(.*?)</h1>");
    static final int EXCERPT_CHARS = 200;

    private ErrorBodies() {}

    /** An error status: the server's message from its JSON body (or error header), else the start of the body. */
    static HttpFailure toFailure(Response response, String url, String token, Origin tokenOrigin, Origin hostOrigin) {
        String contentType = Redaction.redact(response.header("Content-Type"), token);
        String text = read(response.body());
        String code = null;
        String message = null;
        boolean influxError = false;
        boolean errorField = false;
        if (text != null && !text.isBlank()) {
            try {
                JsonNode node = Json.readTree(text);
                if (node != null && node.isObject()) {
                    code = node.path("code").isTextual() ? node.path("code").asText() : null;
                    message = node.path("message").isTextual()
                            ? node.path("message").asText()
                            : null;
                    influxError = code != null && message != null;
                    if (message == null && node.path("error").isTextual()) {
                        message = node.path("error").asText();
                        errorField = code == null;
                    }
                }
            } catch (IOException notJson) {
                // Described below by its content type and first characters.
            }
        }
        boolean influxDb3 = influxDb3(response, text, errorField);
        if (message == null && response.header("X-Platform-Error-Code") != null) {
            code = response.header("X-Platform-Error-Code");
            message = code;
        }
        String excerpt = message == null ? excerpt(text, contentType, token) : null;
        boolean fromInfluxDB = influxError
                || response.header("X-Influxdb-Build") != null
                || response.header("X-Influxdb-Version") != null;
        HttpFailure.Response facts = new HttpFailure.Response(
                response.code(),
                code,
                Redaction.redact(message, token),
                contentType,
                excerpt,
                url,
                influxError,
                fromInfluxDB,
                influxDb3);
        return new HttpFailure(facts, null, tokenOrigin, hostOrigin, null);
    }

    /**
     * Whether an error answer is InfluxDB 3's: since 3.8 every answer carries {@code cluster-uuid};
     * its authentication, which runs before routing, answers 401 with {@code {"error": …}} (3.8+) or
     * nothing (3.7 and older); its router answers an unknown path, such as v2's, with the text
     * {@code Not found}. influxd 2.x writes {@code {"code": …, "message": …}} for all of these.
     */
    private static boolean influxDb3(Response response, String text, boolean errorField) {
        if (response.header("cluster-uuid") != null) {
            return true;
        }
        boolean empty = text == null || text.isBlank();
        return switch (response.code()) {
            case 401 -> empty || errorField;
            case 404 -> !empty && text.strip().equals("Not found");
            default -> false;
        };
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
        String excerpt = excerpt(read(response.body()), contentType, token);
        return new BadResponse(BadResponse.Kind.NOT_JSON, url, excerpt, response.code(), contentType, 0, 0);
    }

    /**
     * What a body says in a line: an HTML page's title (else its first heading, else its first line
     * of text), any other body's first line; at most {@value #EXCERPT_CHARS} characters, tokens
     * removed; null for an empty body. Control characters are escaped where it is printed.
     */
    static String excerpt(String text, String contentType, String token) {
        if (text == null || text.isBlank()) {
            return null;
        }
        boolean html =
                (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html"))
                        || text.stripLeading().startsWith("<");
        // Redacted before it is cut, so that no part of a token is left at the cut; after the tags
        // are gone, so that the <redacted> mark is not taken for one.
        String line = Redaction.redact(html ? htmlLine(text) : firstLine(text), token);
        return line.length() > EXCERPT_CHARS ? line.substring(0, EXCERPT_CHARS) : line;
    }

    private static String htmlLine(String html) {
        for (Pattern element : List.of(TITLE, HEADING)) {
            Matcher m = element.matcher(html);
            if (m.find()) {
                String text = m.group(1)
                        .replaceAll("<[^>]*>", " ")
                        .replaceAll("\\s+", " ")
                        .strip();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return firstLine(html.replaceAll("<[^>]*>", " "));
    }

    private static String firstLine(String text) {
        return text.strip()
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse("");
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
