package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.Result;
import io.github.influxauth.testing.FakeInfluxServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * https with a certificate made here: a private CA that signs the server's certificate, as a
 * company's internal CA would. Trusted through {@code --ca-cert}/{@code INFLUX_CA_CERT}, ignored
 * with {@code --skip-verify}, refused otherwise with a hint at both.
 */
class TlsTest {

    private static final String SKIP_WARNING = "warning: --skip-verify: the server's TLS certificate is not checked\n";
    private static final String UNTRUSTED_HINT = "hint: trust its CA with --ca-cert PATH (or INFLUX_CA_CERT), or skip the check,"
            + " insecurely, with --skip-verify\n";

    static HeldCertificate ca;
    static HeldCertificate serverCert;

    @TempDir
    Path dir;

    MockWebServer server;
    String host;

    @BeforeAll
    static void makeCertificates() {
        ca = new HeldCertificate.Builder().commonName("influx-auth test CA").certificateAuthority(0).build();
        serverCert = new HeldCertificate.Builder().commonName("localhost")
                .addSubjectAlternativeName("localhost").addSubjectAlternativeName("127.0.0.1")
                .signedBy(ca).build();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void startHttps(HeldCertificate certificate) throws Exception {
        HandshakeCertificates serverSide = new HandshakeCertificates.Builder()
                .heldCertificate(certificate, ca.certificate()).build();
        server = new MockWebServer();
        server.useHttps(serverSide.sslSocketFactory());
        server.setDispatcher(FakeInfluxServer.withContractExamples());
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        host = server.url("/").toString();
    }

    private Path caFile() throws Exception {
        // A bundle, as users have them: an unrelated certificate first, then the CA.
        HeldCertificate other = new HeldCertificate.Builder().commonName("unrelated CA").certificateAuthority(0).build();
        Path file = dir.resolve("bundle.pem");
        Files.writeString(file, other.certificatePem() + ca.certificatePem());
        return file;
    }

    private Cli cli() {
        return new Cli(dir).env("INFLUX_TOKEN", FakeInfluxServer.TOKEN);
    }

    private static void assertListed(Result r, String err) {
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(4, r.out().lines().count(), r::toString);
        assertEquals(err, r.err());
    }

    @Test
    void untrustedCertificateNamesTheUrlAndHintsAtBothOptions() throws Exception {
        startHttps(serverCert);
        Result r = cli().run("list", "--host", host);
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("error: cannot verify the TLS certificate of " + host
                + ": unable to find valid certification path to requested target\n" + UNTRUSTED_HINT, r.err());
    }

    @Test
    void caCertOption() throws Exception {
        startHttps(serverCert);
        assertListed(cli().run("list", "--host", host, "--ca-cert", caFile().toString()), "");
    }

    @Test
    void caCertFromTheEnvironment() throws Exception {
        startHttps(serverCert);
        assertListed(cli().env("INFLUX_CA_CERT", caFile().toString()).run("list", "--host", host), "");
    }

    @Test
    void skipVerifyOptionWarnsOnce() throws Exception {
        startHttps(serverCert);
        assertListed(cli().run("list", "--host", host, "--skip-verify"), SKIP_WARNING);
    }

    @Test
    void skipVerifyFromTheEnvironment() throws Exception {
        startHttps(serverCert);
        assertListed(cli().env("INFLUX_SKIP_VERIFY", "Yes").run("list", "--host", host), SKIP_WARNING);
    }

    @Test
    void skipVerifyFalseInTheEnvironmentStillChecks() throws Exception {
        startHttps(serverCert);
        Result r = cli().env("INFLUX_SKIP_VERIFY", "0").run("list", "--host", host);
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("error: cannot verify the TLS certificate of " + host
                + ": unable to find valid certification path to requested target\n" + UNTRUSTED_HINT, r.err());
    }

    @Test
    void certificateForAnotherHostName() throws Exception {
        HeldCertificate elsewhere = new HeldCertificate.Builder().commonName("influx.example.com")
                .addSubjectAlternativeName("influx.example.com").signedBy(ca).build();
        startHttps(elsewhere);
        Result r = cli().run("list", "--host", host, "--ca-cert", caFile().toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("error: cannot verify the TLS certificate of " + host
                + ": its certificate is not valid for the host name localhost\n"
                + "hint: give --host the name the certificate was issued for, or skip the check, insecurely, with --skip-verify\n",
                r.err());
    }

    @Test
    void skipVerifyAlsoAcceptsACertificateForAnotherHostName() throws Exception {
        HeldCertificate elsewhere = new HeldCertificate.Builder().commonName("influx.example.com")
                .addSubjectAlternativeName("influx.example.com").signedBy(ca).build();
        startHttps(elsewhere);
        assertListed(cli().run("list", "--host", host, "--skip-verify"), SKIP_WARNING);
    }

    @Test
    void httpsToAPlainHttpPort() throws Exception {
        // A plain-http server that answers at once, as nginx does to a ClientHello. (MockWebServer
        // waits for a request line, which a ClientHello may never complete.)
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                try (Socket s = plain.accept()) {
                    s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException ignored) {
                    // The test fails on what the client says.
                }
            });
            answer.setDaemon(true);
            answer.start();
            String https = "https://localhost:" + plain.getLocalPort() + "/";
            Result r = cli().run("list", "--host", https, "--timeout", "10s");
            assertEquals(1, r.exitCode(), r::toString);
            assertEquals("", r.out());
            assertEquals("error: TLS handshake with " + https + " failed: Unsupported or unrecognized SSL message\n"
                    + "hint: does the server speak https on that port? For plain http, give an http:// URL to --host\n", r.err());
        }
    }

    @Test
    void caCertThatIsNotPem() throws Exception {
        startHttps(serverCert);
        Path bad = dir.resolve("not.pem");
        Files.writeString(bad, "-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n");
        Result r = cli().run("list", "--host", host, "--ca-cert", bad.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r::toString);
        assertEquals(true, r.err().startsWith("error: cannot read the CA certificates in " + bad
                + ": it holds something other than PEM certificates"), r::toString);
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void emptyCaCertFile() throws Exception {
        startHttps(serverCert);
        Path empty = Files.createFile(dir.resolve("empty.pem"));
        Result r = cli().run("list", "--host", host, "--ca-cert", empty.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("error: no PEM certificate in " + empty + "\n", r.err());
    }

    @Test
    void missingCaCertFile() throws Exception {
        startHttps(serverCert);
        Path missing = dir.resolve("missing.pem");
        Result r = cli().run("list", "--host", host, "--ca-cert", missing.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("error: cannot read the CA certificate file " + missing + "\n", r.err());
    }
}
