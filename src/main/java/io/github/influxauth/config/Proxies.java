package io.github.influxauth.config;

import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.ConfigFailure.Problem;
import io.github.influxauth.failure.Origin;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The proxy for a server, from the environment as curl and the Go {@code influx} CLI read it:
 * {@code HTTPS_PROXY} for https, {@code HTTP_PROXY} for http (the upper-case name first, then the
 * lower-case one, as Go does), and {@code NO_PROXY}, a comma list of host names, domain suffixes,
 * IP addresses, CIDR blocks, optionally with a port, or {@code *}. A host on this machine is never
 * proxied. Only http:// proxies are supported: OkHttp speaks neither TLS to a proxy nor SOCKS
 * with a password.
 */
final class Proxies {

    private Proxies() {}

    static ProxySetting choose(Environment env, URI server) {
        boolean https = server.getScheme().equals("https");
        String variable = https ? first(env, "HTTPS_PROXY", "https_proxy") : first(env, "HTTP_PROXY", "http_proxy");
        if (variable == null) {
            return ProxySetting.DIRECT;
        }
        String host = server.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (Hosts.isLoopback(host)) {
            return new ProxySetting(ProxySetting.Route.LOOPBACK, variable, null, 0, null, null, null);
        }
        String noProxyVariable = first(env, "NO_PROXY", "no_proxy");
        int port = server.getPort() != -1 ? server.getPort() : https ? 443 : 80;
        if (noProxyVariable != null && NoProxy.matches(env.get(noProxyVariable), host, port)) {
            return new ProxySetting(ProxySetting.Route.BYPASSED, variable, null, 0, null, null, noProxyVariable);
        }
        return parse(env.get(variable), variable);
    }

    private static ProxySetting parse(String value, String variable) {
        String text = value.strip();
        // Go and curl take a bare host:port for an http:// proxy.
        if (!text.contains("://")) {
            text = "http://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            // The value is not quoted: it may hold a password.
            throw ConfigFailure.of(Problem.PROXY_NOT_URL, Origin.environment(variable), null);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw ConfigFailure.of(Problem.PROXY_SCHEME, Origin.environment(variable), scheme);
        }
        if (uri.getHost() == null) {
            throw ConfigFailure.of(Problem.PROXY_NOT_URL, Origin.environment(variable), null);
        }
        String user = null;
        String password = null;
        if (uri.getUserInfo() != null) {
            // getUserInfo() is percent-decoded, as credentials in a URL are written.
            int colon = uri.getUserInfo().indexOf(':');
            user = colon < 0 ? uri.getUserInfo() : uri.getUserInfo().substring(0, colon);
            password = colon < 0 ? "" : uri.getUserInfo().substring(colon + 1);
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new ProxySetting(
                ProxySetting.Route.PROXY,
                variable,
                host,
                uri.getPort() == -1 ? 80 : uri.getPort(),
                user,
                password,
                null);
    }

    private static String first(Environment env, String upper, String lower) {
        return env.get(upper) != null ? upper : env.get(lower) != null ? lower : null;
    }

    /** Go's httpproxy rules for NO_PROXY entries. */
    static final class NoProxy {

        private NoProxy() {}

        static boolean matches(String list, String host, int port) {
            for (String raw : list.split(",")) {
                String entry = raw.strip().toLowerCase(Locale.ROOT);
                if (entry.isEmpty()) {
                    continue;
                }
                if (entry.equals("*")) {
                    return true;
                }
                if (entry.contains("/")) {
                    if (inCidr(entry, host)) {
                        return true;
                    }
                    continue;
                }
                int entryPort = -1;
                int colon = entry.lastIndexOf(':');
                if (colon > 0
                        && entry.indexOf(':') == colon
                        && entry.substring(colon + 1).matches("\\d{1,5}")) {
                    entryPort = Integer.parseInt(entry.substring(colon + 1));
                    entry = entry.substring(0, colon);
                } else if (entry.startsWith("[") && entry.contains("]:")) {
                    entryPort = Integer.parseInt(entry.substring(entry.indexOf("]:") + 2));
                    entry = entry.substring(1, entry.indexOf("]:"));
                }
                if (entryPort != -1 && entryPort != port) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    entry = entry.substring(1, entry.length() - 1);
                }
                if (entry.startsWith("*.")) {
                    entry = entry.substring(1);
                }
                if (entry.endsWith(".")) {
                    entry = entry.substring(0, entry.length() - 1);
                }
                // ".example.com" covers the subdomains only; "example.com" the domain and its subdomains.
                if (entry.startsWith(".") ? host.endsWith(entry) : host.equals(entry) || host.endsWith("." + entry)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean inCidr(String cidr, String host) {
            int slash = cidr.indexOf('/');
            if (!Hosts.isLiteralAddress(host)
                    || !Hosts.isLiteralAddress(cidr.substring(0, slash))
                    || !cidr.substring(slash + 1).matches("\\d{1,3}")) {
                return false;
            }
            try {
                byte[] network = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
                byte[] address = InetAddress.getByName(host).getAddress();
                int bits = Integer.parseInt(cidr.substring(slash + 1));
                if (network.length != address.length || bits > network.length * 8) {
                    return false;
                }
                for (int i = 0; i < bits; i++) {
                    int mask = 0x80 >>> (i % 8);
                    if ((network[i / 8] & mask) != (address[i / 8] & mask)) {
                        return false;
                    }
                }
                return true;
            } catch (UnknownHostException notAnAddress) {
                return false;
            }
        }
    }
}
