package io.github.influxauth.api;

/** A successful status whose body is not the JSON the API promises: malformed, truncated, wrong shape. */
public class BadResponseException extends RuntimeException {

    private final String url;

    public BadResponseException(String message, String url) {
        super(message);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
