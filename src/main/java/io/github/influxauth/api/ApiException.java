package io.github.influxauth.api;

/**
 * The server answered with an error status. {@code serverMessage} is the server's own words (from
 * the JSON body or the {@code X-Platform-Error-Code} header); when the body was not JSON,
 * {@code contentType} and {@code bodyExcerpt} describe what came instead.
 */
public class ApiException extends RuntimeException {

    /** For answers that look like they came from something other than InfluxDB. */
    public static final String PROXY_HINT = "is --host the InfluxDB server, or a proxy in front of it?";

    private final int status;
    private final String code;
    private final String serverMessage;
    private final String contentType;
    private final String bodyExcerpt;
    private final String url;
    private final String retryNote;

    public ApiException(int status, String code, String serverMessage, String contentType, String bodyExcerpt, String url,
            String retryNote) {
        super("HTTP " + status + " from " + url + (serverMessage != null ? ": " + serverMessage : ""));
        this.status = status;
        this.code = code;
        this.serverMessage = serverMessage;
        this.contentType = contentType;
        this.bodyExcerpt = bodyExcerpt;
        this.url = url;
        this.retryNote = retryNote;
    }

    public int status() {
        return status;
    }

    /** The server's machine-readable code ({@code "not found"}, {@code "unauthorized"}...), or null. */
    public String code() {
        return code;
    }

    /** The server's message, or null when it sent none. */
    public String serverMessage() {
        return serverMessage;
    }

    public String contentType() {
        return contentType;
    }

    /** The start of a body that was not a JSON error, or null. */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }

    public String url() {
        return url;
    }

    /** For a 429 or 503: how retrying went ("still HTTP 503 after 3 retries"); else null. */
    public String retryNote() {
        return retryNote;
    }
}
