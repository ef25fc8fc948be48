package io.github.influxauth.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** What a host name says about where it is, without ever resolving it. */
public final class Hosts {

    private Hosts() {}

    /** {@code localhost}, a {@code .localhost} name, or a literal loopback address ({@code 127.0.0.1}, {@code [::1]}). */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (!isLiteralAddress(h)) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** An IPv4 or IPv6 address written out, which InetAddress parses without asking a resolver. */
    static boolean isLiteralAddress(String host) {
        return host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || (host.contains(":") && host.matches("[0-9a-fA-F:.%]+"));
    }
}
