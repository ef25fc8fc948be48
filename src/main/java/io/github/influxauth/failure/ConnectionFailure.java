package io.github.influxauth.failure;

/**
 * No (complete) answer came from the server.
 *
 * @param detail Java's own reason (UNTRUSTED, TLS, OTHER), or null
 */
public final class ConnectionFailure extends Failure {

    /**
     * UNTRUSTED: no trusted CA signed the certificate; WRONG_HOST: it was issued for other names;
     * TLS: any other TLS failure (e.g. https to a plain http port); PLAIN_TO_TLS: http to a port
     * that answers in TLS.
     */
    public enum Kind {
        REFUSED,
        PLAIN_TO_TLS,
        UNKNOWN_HOST,
        UNTRUSTED,
        WRONG_HOST,
        TLS,
        TIMEOUT,
        OTHER
    }

    private final Kind kind;
    private final String url;
    private final String host;
    private final String detail;
    private final Timeout timeout;

    public ConnectionFailure(Kind kind, String url, String host, String detail, Timeout timeout) {
        super(kind + " " + url + (detail != null ? ": " + detail : ""), null);
        this.kind = kind;
        this.url = url;
        this.host = host;
        this.detail = detail;
        this.timeout = timeout;
    }

    public Kind kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    /** The host name (UNKNOWN_HOST, WRONG_HOST). */
    public String host() {
        return host;
    }

    public String detail() {
        return detail;
    }

    /** The limit that ran out (TIMEOUT). */
    public Timeout timeout() {
        return timeout;
    }

    @Override
    public int exitCode() {
        return ExitCode.FAILURE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.connection(this);
    }
}
