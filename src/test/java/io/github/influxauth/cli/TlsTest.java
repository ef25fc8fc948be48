package io.github.influxauth.cli;

import static io.github.influxauth.testing.TestCertificates.CA;
import static io.github.influxauth.testing.TestCertificates.LOCALHOST;
import static io.github.influxauth.testing.TestCertificates.serving;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * https with a certificate made here: a private CA that signs the server's certificate, as a
 * company's internal CA would. Trusted through {@code --ca-cert}/{@code INFLUX_CA_CERT}, ignored
 * with {@code --skip-verify}, refused otherwise with a hint at both.
 */
class TlsTest {

    private static final String SKIP_WARNING = "warning: --skip-verify: the server's TLS certificate is not checked\n";
    private static final String UNTRUSTED_HINT =
            "hint: trust its CA with --ca-cert PATH (or INFLUX_CA_CERT), or skip the check,"
                    + " insecurely, with --skip-verify\n";

    private static final HeldCertificate ELSEWHERE = new HeldCertificate.Builder()
            .commonName("influx.example.com")
            .addSubjectAlternativeName("influx.example.com")
            .signedBy(CA)
            .build();

    /** Serves a certificate for the name and address the tool connects to. */
    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples().https(serving(LOCALHOST));

    /** Serves a certificate, from the same CA, for another host name. */
    @RegisterExtension
    final FakeServer<FakeInfluxServer> elsewhere = FakeServer.contractExamples().https(serving(ELSEWHERE));

    private Path caFile() throws IOException {
        // A bundle, as users have them: an unrelated certificate first, then the CA.
        HeldCertificate other = new HeldCertificate.Builder()
                .commonName("unrelated CA")
                .certificateAuthority(0)
                .build();
        Path file = server.home().resolve("bundle.pem");
        Files.writeString(file, other.certificatePem() + CA.certificatePem());
        return file;
    }

    private static void assertListed(Result r, String err) {
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(4, r.out().lines().count(), r::toString);
        assertEquals(err, r.err());
    }

    @Test
    void untrustedCertificateNamesTheUrlAndHintsAtBothOptions() throws Exception {
        Result r = server.run("list");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "error: cannot verify the TLS certificate of " + server.url()
                        + ": unable to find valid certification path to requested target\n" + UNTRUSTED_HINT,
                r.err());
    }

    @Test
    void caCertOption() throws Exception {
        assertListed(server.run("list", "--ca-cert", caFile().toString()), "");
    }

    @Test
    void caCertFromTheEnvironment() throws Exception {
        assertListed(server.cli().env("INFLUX_CA_CERT", caFile().toString()).run("list"), "");
    }

    @Test
    void skipVerifyOptionWarnsOnce() throws Exception {
        assertListed(server.run("list", "--skip-verify"), SKIP_WARNING);
    }

    @Test
    void skipVerifyFromTheEnvironment() throws Exception {
        assertListed(server.cli().env("INFLUX_SKIP_VERIFY", "Yes").run("list"), SKIP_WARNING);
    }

    @Test
    void skipVerifyFalseInTheEnvironmentStillChecks() throws Exception {
        Result r = server.cli().env("INFLUX_SKIP_VERIFY", "0").run("list");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "error: cannot verify the TLS certificate of " + server.url()
                        + ": unable to find valid certification path to requested target\n" + UNTRUSTED_HINT,
                r.err());
    }

    @Test
    void certificateForAnotherHostName() throws Exception {
        Result r = elsewhere.run("list", "--ca-cert", caFile().toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "error: cannot verify the TLS certificate of " + elsewhere.url()
                        + ": its certificate is not valid for the host name localhost\n"
                        + "hint: give --host the name the certificate was issued for, or skip the check, insecurely, with --skip-verify\n",
                r.err());
    }

    @Test
    void skipVerifyAlsoAcceptsACertificateForAnotherHostName() throws Exception {
        assertListed(elsewhere.run("list", "--skip-verify"), SKIP_WARNING);
    }

    @Test
    void httpsToAPlainHttpPort() throws Exception {
        // A plain-http server that answers at once, as nginx does to a ClientHello. (MockWebServer
        // waits for a request line, which a ClientHello may never complete.)
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                try (Socket s = plain.accept()) {
                    s.getOutputStream()
                            .write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                                    .getBytes(StandardCharsets.US_ASCII));
                } catch (IOException ignored) {
                    // The test fails on what the client says.
                }
            });
            answer.setDaemon(true);
            answer.start();
            String https = "https://localhost:" + plain.getLocalPort() + "/";
            Result r = server.run("list", "--host", https, "--timeout", "10s");
            assertEquals(1, r.exitCode(), r::toString);
            assertEquals("", r.out());
            assertEquals(
                    "error: TLS handshake with " + https + " failed: Unsupported or unrecognized SSL message\n"
                            + "hint: does the server speak https on that port? For plain http, give an http:// URL to --host\n",
                    r.err());
        }
    }

    @Test
    void caCertThatIsNotPem() throws Exception {
        Path bad = server.home().resolve("not.pem");
        Files.writeString(bad, "-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n");
        Result r = server.run("list", "--ca-cert", bad.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r::toString);
        assertEquals(
                true,
                r.err()
                        .startsWith("error: cannot read the CA certificates in " + bad
                                + ": it holds something other than PEM certificates"),
                r::toString);
        assertEquals(0, server.requestCount());
    }

    @Test
    void emptyCaCertFile() throws Exception {
        Path empty = Files.createFile(server.home().resolve("empty.pem"));
        Result r = server.run("list", "--ca-cert", empty.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("error: no PEM certificate in " + empty + "\n", r.err());
    }

    @Test
    void missingCaCertFile() throws Exception {
        Path missing = server.home().resolve("missing.pem");
        Result r = server.run("list", "--ca-cert", missing.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("error: cannot read the CA certificate file " + missing + "\n", r.err());
    }
}
