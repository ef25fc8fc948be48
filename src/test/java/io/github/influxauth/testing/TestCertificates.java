package io.github.influxauth.testing;

import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A private CA and the certificate it signs for the loopback server, as a company's internal CA
 * would: what the https tests serve and trust. Made once per test run.
 */
public final class TestCertificates {

    public static final HeldCertificate CA = new HeldCertificate.Builder()
            .commonName("influx-auth test CA")
            .certificateAuthority(0)
            .build();

    /** For the names the tool connects to a local fake by: {@code localhost} and {@code 127.0.0.1}. */
    public static final HeldCertificate LOCALHOST = new HeldCertificate.Builder()
            .commonName("localhost")
            .addSubjectAlternativeName("localhost")
            .addSubjectAlternativeName("127.0.0.1")
            .signedBy(CA)
            .build();

    private TestCertificates() {}

    /** What a server presents: {@code certificate}, with the CA as its chain. */
    public static HandshakeCertificates serving(HeldCertificate certificate) {
        return new HandshakeCertificates.Builder()
                .heldCertificate(certificate, CA.certificate())
                .build();
    }
}
