package io.github.influxauth.api;

import io.github.influxauth.config.ConfigException;
import io.github.influxauth.config.ConnectionSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
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
        if (settings.caCert() != null) {
            HandshakeCertificates.Builder trust = new HandshakeCertificates.Builder().addPlatformTrustedCertificates();
            for (X509Certificate certificate : readPem(settings)) {
                trust.addTrustedCertificate(certificate);
            }
            HandshakeCertificates certificates = trust.build();
            builder.sslSocketFactory(certificates.sslSocketFactory(), certificates.trustManager());
        }
    }

    private static Collection<X509Certificate> readPem(ConnectionSettings settings) {
        try (InputStream in = Files.newInputStream(settings.caCert())) {
            Collection<? extends Certificate> all = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (all.isEmpty()) {
                throw new ConfigException("no PEM certificate in " + settings.caCert());
            }
            return all.stream().map(X509Certificate.class::cast).toList();
        } catch (IOException | GeneralSecurityException e) {
            // Java's own words ("signed fields invalid" for a private key) rarely tell what is wrong with the file.
            throw new ConfigException("cannot read the CA certificates in " + settings.caCert()
                    + ": it holds something other than PEM certificates"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage().strip().lines().findFirst().orElse("") + ")"));
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
