package io.github.influxauth.api;

import io.github.influxauth.config.ProxySetting;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/** Sets OkHttp up to reach the server directly or through the HTTP proxy the environment names. */
final class HttpProxy {

    private HttpProxy() {}

    static void configure(OkHttpClient.Builder builder, ProxySetting proxy) {
        if (!proxy.proxied()) {
            // Explicitly none: the JVM's own proxy properties are not this tool's settings.
            builder.proxy(Proxy.NO_PROXY);
            return;
        }
        // Unresolved: the name is resolved through OkHttp's Dns, within the deadline.
        builder.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
        String credentials = credentials(proxy);
        if (credentials == null) {
            return;
        }
        // Called before a CONNECT too (OkHttp's preemptive call), and on a 407; once only, so that
        // refused credentials end in a 407 failure instead of a loop.
        builder.proxyAuthenticator((route, response) -> response.request().header("Proxy-Authorization") != null
                ? null
                : response.request()
                        .newBuilder()
                        .header("Proxy-Authorization", credentials)
                        .build());
    }

    /** {@code Basic …} for the proxy's user and password, or null without a user. */
    static String credentials(ProxySetting proxy) {
        return proxy.proxied() && proxy.user() != null
                ? Credentials.basic(proxy.user(), proxy.password(), StandardCharsets.UTF_8)
                : null;
    }
}
