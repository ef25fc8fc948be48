package io.github.influxauth.api;

/** No (complete) answer came from the server: refused, unknown host, TLS, timeout, reset. */
public class ConnectionFailedException extends RuntimeException {

    /**
     * UNTRUSTED: no trusted CA signed the certificate; WRONG_HOST: it was issued for other names;
     * TLS: any other TLS failure (e.g. https to a plain http port).
     */
    public enum Kind { REFUSED, UNKNOWN_HOST, UNTRUSTED, WRONG_HOST, TLS, TIMEOUT, OTHER }

    private final Kind kind;
    private final String url;

    public ConnectionFailedException(Kind kind, String url, String detail) {
        super(detail);
        this.kind = kind;
        this.url = url;
    }

    public Kind kind() {
        return kind;
    }

    public String url() {
        return url;
    }
}
