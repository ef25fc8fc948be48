package io.github.influxauth.config;

import io.github.influxauth.failure.ProxyUse;

/**
 * How a run reaches its server, as the proxy environment variables decide it.
 *
 * @param route         whether a proxy is used, and if not, why
 * @param variable      the proxy variable that applies to the host's scheme ({@code HTTPS_PROXY}...), or null
 * @param host          the proxy's host (PROXY), else null
 * @param port          the proxy's port (PROXY)
 * @param user          the user name from the proxy URL, or null
 * @param password      the password from the proxy URL, or null; never printed
 * @param noProxy       the NO_PROXY variable that matched the host (BYPASSED), else null
 */
public record ProxySetting(
        Route route, String variable, String host, int port, String user, String password, String noProxy) {

    public enum Route {
        /** No proxy variable applies to the host's scheme. */
        DIRECT,
        PROXY,
        /** A proxy variable applies, but NO_PROXY lists the host. */
        BYPASSED,
        /** A proxy variable applies, but the host is this machine: never proxied. */
        LOOPBACK
    }

    public static final ProxySetting DIRECT = new ProxySetting(Route.DIRECT, null, null, 0, null, null, null);

    public boolean proxied() {
        return route == Route.PROXY;
    }

    /** The proxy as messages name it; null when none is used. */
    public ProxyUse use() {
        return proxied()
                ? new ProxyUse(
                        "http://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port,
                        variable,
                        user != null)
                : null;
    }

    @Override
    public String toString() {
        // A record's own toString would print the password.
        return "ProxySetting[" + route + (proxied() ? " " + use().url() + " from " + variable : "") + "]";
    }
}
