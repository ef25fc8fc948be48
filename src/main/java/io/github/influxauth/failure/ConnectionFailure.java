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
        /** The proxy asked for credentials (HTTP 407): none were given, or it refused them. */
        PROXY_AUTH,
        /** The proxy would not open a tunnel to the server; {@code detail}: the status it answered. */
        PROXY_TUNNEL,
        OTHER
    }

    private final Kind kind;
    private final String url;
    private final String host;
    private final String detail;
    private final Timeout timeout;
    private final ProxyUse proxy;

    public ConnectionFailure(Kind kind, String url, String host, String detail, Timeout timeout) {
        this(kind, url, host, detail, timeout, null);
    }

    /** @param proxy the HTTP proxy the connection went through, or null */
    public ConnectionFailure(Kind kind, String url, String host, String detail, Timeout timeout, ProxyUse proxy) {
        super(
                kind + " " + url + (detail != null ? ": " + detail : "") + (proxy != null ? " via " + proxy.url() : ""),
                null);
        this.kind = kind;
        this.url = url;
        this.host = host;
        this.detail = detail;
        this.timeout = timeout;
        this.proxy = proxy;
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

    /** The HTTP proxy in between, or null. */
    public ProxyUse proxy() {
        return proxy;
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
