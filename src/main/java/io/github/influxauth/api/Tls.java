package io.github.influxauth.api;

import io.github.influxauth.config.ConnectionSettings;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;

/** TLS trust for {@code https://} hosts: the system roots, plus {@code --ca-cert}, or nothing checked with {@code --skip-verify}. */
final class Tls {

    private Tls() {}

    static void configure(OkHttpClient.Builder builder, ConnectionSettings settings) {
        if (settings.skipVerify()) {
            X509TrustManager trustAll = new TrustAll();
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {trustAll}, null);
                builder.sslSocketFactory(context.getSocketFactory(), trustAll);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("TLS is not available in this Java runtime", e);
            }
            builder.hostnameVerifier((host, session) -> true);
            return;
        }
        if (!settings.caCertificates().isEmpty()) {
            HandshakeCertificates.Builder trust = new HandshakeCertificates.Builder().addPlatformTrustedCertificates();
            for (X509Certificate certificate : settings.caCertificates()) {
                trust.addTrustedCertificate(certificate);
            }
            HandshakeCertificates certificates = trust.build();
            builder.sslSocketFactory(certificates.sslSocketFactory(), certificates.trustManager());
        }
    }

    /** Accepts every certificate: only with {@code --skip-verify}, which warns. */
    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
