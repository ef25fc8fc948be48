package io.github.influxauth.api;

/** A successful status whose body is not the JSON the API promises: malformed, truncated, wrong shape. */
public class BadResponseException extends RuntimeException {

    private final String url;
    private final String hint;

    public BadResponseException(String message, String url) {
        this(message, url, null);
    }

    public BadResponseException(String message, String url, String hint) {
        super(message);
        this.url = url;
        this.hint = hint;
    }

    public String url() {
        return url;
    }

    /** What the user might do about it, or null. */
    public String hint() {
        return hint;
    }
}
