package io.github.influxauth.config;

import io.github.influxauth.failure.Origin;
import io.github.influxauth.failure.Timeout;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Everything needed to talk to one server, resolved and validated.
 *
 * @param host           the server URL without a trailing slash; a path prefix is kept
 * @param caCertificates certificates to trust besides the system's ({@code --ca-cert}); empty for none
 * @param timeout        the limit for the whole command; {@link java.time.Duration#ZERO} means none
 * @param api            which API to speak, and why
 * @param proxy          how the server is reached: directly or through an HTTP proxy
 */
public record ConnectionSettings(
        URI host,
        Origin hostOrigin,
        String token,
        Origin tokenOrigin,
        boolean skipVerify,
        List<X509Certificate> caCertificates,
        Timeout timeout,
        boolean httpDebug,
        ApiChoice api,
        ProxySetting proxy) {

    public ConnectionSettings {
        caCertificates = List.copyOf(caCertificates);
        proxy = proxy == null ? ProxySetting.DIRECT : proxy;
    }

    @Override
    public String toString() {
        // A record's default toString would print the token.
        return "ConnectionSettings[host=" + host + ", token from " + tokenOrigin + "]";
    }
}
