package io.github.influxauth.cli;

import io.github.influxauth.config.ProxySetting;
import io.github.influxauth.failure.ConnectionFailure;
import io.github.influxauth.failure.ProxyUse;
import java.net.URI;

/** The words for what happens on the way through an HTTP proxy, and for {@code --http-debug}'s note of which proxy is used. */
final class ProxyMessages {

    private ProxyMessages() {}

    /** {@code the proxy http://p:3128 (from HTTPS_PROXY)}. */
    static String proxy(ProxyUse proxy) {
        return "the proxy " + proxy.url() + " (from " + proxy.variable() + ")";
    }

    /** A failure to connect through the proxy; null for those that concern the server itself (TLS). */
    static Report connection(ConnectionFailure f) {
        ProxyUse proxy = f.proxy();
        String through = proxy(proxy);
        String fix = "check " + proxy.variable() + ", or list the server's host in NO_PROXY to connect to it directly";
        return switch (f.kind()) {
            case REFUSED ->
                new Report(
                        "cannot connect to " + through + ": connection refused",
                        "is the proxy running? " + capitalized(fix),
                        f.exitCode());
            case UNKNOWN_HOST ->
                new Report(
                        "cannot connect to " + through + ": unknown host "
                                + URI.create(proxy.url()).getHost(),
                        fix,
                        f.exitCode());
            case PROXY_AUTH ->
                proxy.credentials()
                        ? new Report(
                                through + " refused its credentials (HTTP 407)",
                                "check the user name and password in " + proxy.variable(),
                                f.exitCode())
                        : new Report(
                                through + " asks for credentials (HTTP 407)",
                                "give them in " + proxy.variable() + ", e.g. http://user:password@"
                                        + proxy.url().substring("http://".length()),
                                f.exitCode());
            case PROXY_TUNNEL ->
                new Report(
                        through + " would not connect to " + f.url() + " (HTTP " + f.detail() + ")",
                        "can the proxy reach the server? Else list the server's host in NO_PROXY to connect to it directly",
                        f.exitCode());
            case TIMEOUT ->
                new Report(
                        "no complete answer from " + f.url() + " through " + through + " within "
                                + Words.timeout(f.timeout()),
                        "raise the limit with --timeout, e.g. --timeout 2m",
                        f.exitCode());
            case OTHER ->
                new Report(
                        "network failure talking to " + f.url() + " through " + through
                                + (f.detail() == null ? "" : ": " + f.detail()),
                        "the connection broke off; try again, and see the exchange with --http-debug",
                        f.exitCode());
            case UNTRUSTED, WRONG_HOST, TLS, PLAIN_TO_TLS -> null;
        };
    }

    /** The hint for an answer that is not InfluxDB's JSON, which the proxy may have written. */
    static String notFromInflux(ProxyUse proxy) {
        return "it may come from " + proxy(proxy) + " rather than from InfluxDB; to connect directly, list the server's"
                + " host in NO_PROXY";
    }

    /** {@code --http-debug}'s first line: how the server is reached. */
    static String debugLine(ProxySetting setting) {
        return switch (setting.route()) {
            case DIRECT -> "proxy: none";
            case PROXY ->
                "proxy: " + setting.use().url() + " (from " + setting.variable()
                        + (setting.user() != null ? ", with credentials" : "") + ")";
            case BYPASSED ->
                "proxy: none: " + setting.noProxy() + " lists the server's host (" + setting.variable()
                        + " is not used)";
            case LOOPBACK ->
                "proxy: none: a server on this machine is never reached through a proxy (" + setting.variable()
                        + " is not used)";
        };
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
