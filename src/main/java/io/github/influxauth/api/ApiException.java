package io.github.influxauth.api;

/**
 * The server answered with an error status. {@code serverMessage} is the server's own words (from
 * the JSON body or the {@code X-Platform-Error-Code} header); when the body was not JSON,
 * {@code contentType} and {@code bodyExcerpt} describe what came instead.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String serverMessage;
    private final String contentType;
    private final String bodyExcerpt;
    private final String url;

    public ApiException(int status, String code, String serverMessage, String contentType, String bodyExcerpt, String url) {
        super("HTTP " + status + " from " + url + (serverMessage != null ? ": " + serverMessage : ""));
        this.status = status;
        this.code = code;
        this.serverMessage = serverMessage;
        this.contentType = contentType;
        this.bodyExcerpt = bodyExcerpt;
        this.url = url;
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
}
