package io.github.influxauth.config;

import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.ConfigFailure.Problem;
import io.github.influxauth.failure.Origin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

/** {@code --ca-cert}: the PEM certificates of a file, read and checked before any connection. */
final class CaCertificates {

    private CaCertificates() {}

    static List<X509Certificate> read(Path file, Origin origin) {
        if (!Files.isReadable(file)) {
            throw new ConfigFailure(Problem.CA_UNREADABLE, origin, file, null, null, null);
        }
        byte[] pem;
        try {
            pem = SmallFiles.read(file, Problem.CA_NOT_REGULAR, Problem.CA_TOO_LARGE);
        } catch (IOException e) {
            throw new ConfigFailure(Problem.CA_UNREADABLE, origin, file, null, null, null);
        }
        try (InputStream in = new ByteArrayInputStream(pem)) {
            Collection<? extends Certificate> all =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (all.isEmpty()) {
                throw ConfigFailure.inFile(Problem.CA_EMPTY, file, null);
            }
            return all.stream().map(X509Certificate.class::cast).toList();
        } catch (IOException | GeneralSecurityException e) {
            // Java's own words ("signed fields invalid" for a private key) rarely tell what is wrong
            // with the file: they come after the plain fact.
            String reason = e.getMessage() == null
                    ? null
                    : e.getMessage().strip().lines().findFirst().orElse(null);
            throw ConfigFailure.inFile(Problem.CA_NOT_PEM, file, reason);
        }
    }
}
