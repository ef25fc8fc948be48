package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.Result;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** http:// to a port that speaks TLS: the server's answer is a TLS record, and the hint is https://, not "try again". */
class PlainToTlsTest {

    @TempDir
    Path home;

    @Test
    void httpToATlsPortHintsAtHttps() throws Exception {
        HeldCertificate certificate = new HeldCertificate.Builder()
                .commonName("localhost")
                .addSubjectAlternativeName("localhost")
                .build();
        HandshakeCertificates serverSide =
                new HandshakeCertificates.Builder().heldCertificate(certificate).build();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(FakeInfluxServer.withContractExamples());
            server.useHttps(serverSide.sslSocketFactory());
            server.start();
            String host = "http://localhost:" + server.getPort();
            Result r = new Cli(home)
                    .env("INFLUX_TOKEN", FakeInfluxServer.TOKEN)
                    .run("list", "--host", host, "--timeout", "5s");
            assertEquals(1, r.exitCode(), r::toString);
            assertEquals("", r.out());
            assertEquals(
                    "error: " + host + "/ answered in TLS, not plain HTTP\n"
                            + "hint: give --host an https:// URL: https://localhost:" + server.getPort() + "/\n",
                    r.err());
        }
    }
}
