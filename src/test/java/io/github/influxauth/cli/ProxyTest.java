package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * HTTP_PROXY, HTTPS_PROXY and NO_PROXY end to end, with a MockWebServer as the proxy: the server's
 * name ({@code influx.example}) is never resolved here, so a listing that arrives came through it.
 */
class ProxyTest {

    private static final String SERVER = "http://influx.example:8086";
    private static final String PASSWORD = "pa55:w@rd";
    private static final String PASSWORD_IN_URL = "pa55%3Aw%40rd";

    /** Serves the contract's listing to whoever asks: as a proxy, it answers for influx.example. */
    @RegisterExtension
    final FakeServer<FakeInfluxServer> proxy = FakeServer.contractExamples();

    MockWebServer tlsProxy;

    @AfterEach
    void stop() {
        if (tlsProxy != null) {
            tlsProxy.close();
        }
    }

    private String proxyUrl() {
        return "http://127.0.0.1:" + proxy.server().getPort();
    }

    private Cli cli() {
        return new Cli(proxy.home()).env("INFLUX_TOKEN", FakeInfluxServer.TOKEN);
    }

    private static final String UNENCRYPTED =
            "warning: the token is sent unencrypted over http:// to influx.example; use https://\n";

    @Test
    void httpProxyCarriesAnHttpServersRequests() {
        Result r = cli().env("HTTP_PROXY", proxyUrl()).run("list", "--host", SERVER, "--format", "ndjson");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(3, r.out().lines().count(), r::toString);
        assertEquals(UNENCRYPTED, r.err());
        assertEquals(List.of(SERVER + "/api/v2/authorizations"), proxy.targets());
    }

    @Test
    void lowerCaseHttpProxyToo() {
        Result r = cli().env("http_proxy", proxyUrl().substring("http://".length()))
                .run("list", "--host", SERVER);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of(SERVER + "/api/v2/authorizations"), proxy.targets());
    }

    @Test
    void credentialsGoToTheProxyOnlyAndAreNeverShown() {
        String url = "http://alice:" + PASSWORD_IN_URL + "@" + proxyUrl().substring("http://".length());
        Result r = cli().env("HTTP_PROXY", url).run("list", "--host", SERVER, "--http-debug");
        assertEquals(0, r.exitCode(), r::toString);
        RecordedRequest request = proxy.requests().get(0);
        String basic =
                "Basic " + Base64.getEncoder().encodeToString(("alice:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertEquals(basic, request.getHeaders().get("Proxy-Authorization"));
        assertTrue(
                r.err().startsWith(UNENCRYPTED + "proxy: " + proxyUrl() + " (from HTTP_PROXY, with credentials)\n"),
                r::toString);
        assertTrue(r.err().contains("Proxy-Authorization: ██"), r::toString);
        for (String secret : List.of(PASSWORD, PASSWORD_IN_URL, basic.substring("Basic ".length()), "pa55")) {
            assertFalse(r.err().contains(secret), () -> "the proxy password is shown: " + r.err());
            assertFalse(r.out().contains(secret));
        }
    }

    @Test
    void refusedProxyCredentials() {
        proxy.fake()
                .faultFrom(
                        0,
                        new MockResponse.Builder()
                                .code(407)
                                .addHeader("Proxy-Authenticate", "Basic realm=\"proxy\"")
                                .build());
        Result r = cli().env(
                        "HTTP_PROXY",
                        "http://alice:" + PASSWORD_IN_URL + "@127.0.0.1:"
                                + proxy.server().getPort())
                .run("list", "--host", SERVER);
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                UNENCRYPTED + "error: the proxy " + proxyUrl()
                        + " (from HTTP_PROXY) refused its credentials (HTTP 407)\n"
                        + "hint: check the user name and password in HTTP_PROXY\n",
                r.err());
    }

    @Test
    void aProxyThatWantsCredentialsNoneGiven() {
        proxy.fake()
                .faultFrom(
                        0,
                        new MockResponse.Builder()
                                .code(407)
                                .addHeader("Proxy-Authenticate", "Basic realm=\"proxy\"")
                                .build());
        Result r = cli().env("HTTP_PROXY", proxyUrl()).run("list", "--host", SERVER);
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                UNENCRYPTED + "error: the proxy " + proxyUrl() + " (from HTTP_PROXY) asks for credentials (HTTP 407)\n"
                        + "hint: give them in HTTP_PROXY, e.g. http://user:password@127.0.0.1:"
                        + proxy.server().getPort() + "\n",
                r.err());
    }

    @Test
    void aProxyNobodyListensOn() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Result r = cli().env("HTTP_PROXY", "http://127.0.0.1:" + port).run("list", "--host", SERVER);
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                UNENCRYPTED + "error: cannot connect to the proxy http://127.0.0.1:" + port
                        + " (from HTTP_PROXY): connection refused\n"
                        + "hint: is the proxy running? Check HTTP_PROXY, or list the server's host in NO_PROXY to connect to it"
                        + " directly\n",
                r.err());
    }

    @Test
    void aPageFromTheProxyIsSaidToBeLikelyItsOwn() {
        proxy.fake()
                .faultFrom(
                        0,
                        new MockResponse.Builder()
                                .code(502)
                                .addHeader("Content-Type", "text/html")
                                .body("<html>Bad Gateway</html>")
                                .build());
        Result r = cli().env("HTTP_PROXY", proxyUrl()).run("list", "--host", SERVER);
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                UNENCRYPTED + "error: HTTP 502 with a text/html body instead of JSON: Bad Gateway (from "
                        + SERVER + "/api/v2/authorizations)\nhint: it may come from the proxy " + proxyUrl()
                        + " (from HTTP_PROXY)"
                        + " rather than from InfluxDB; to connect directly, list the server's host in NO_PROXY\n",
                r.err());
    }

    @Test
    void anEmptyServerErrorGetsNoProxyGuess() {
        proxy.fake().faultFrom(0, new MockResponse.Builder().code(500).build());
        Result r = proxy.run("list");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("error: HTTP 500 with an empty body (from " + proxy.url() + "api/v2/authorizations)\n", r.err());
    }

    @Test
    void noProxyAndLoopbackGoDirect() {
        // The server is this machine: never proxied, whatever HTTP_PROXY says (it points nowhere).
        Result r = proxy.cli().env("HTTP_PROXY", "http://127.0.0.1:1").run("list", "--http-debug");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(
                r.err()
                        .startsWith("proxy: none: a server on this machine is never reached through a proxy (HTTP_PROXY"
                                + " is not used)\n"),
                r::toString);
        Result listed = cli().env("HTTP_PROXY", "http://127.0.0.1:1")
                .env("NO_PROXY", "other.example,.example")
                .run("list", "--host", SERVER, "--http-debug", "--timeout", "5s");
        assertTrue(
                listed.err()
                        .startsWith(UNENCRYPTED + "proxy: none: NO_PROXY lists the server's host (HTTP_PROXY is not"
                                + " used)\n"),
                listed::toString);
    }

    @Test
    void aSocksProxyIsAConfigurationError() {
        Result r = cli().env("HTTPS_PROXY", "socks5://alice:" + PASSWORD_IN_URL + "@proxy:1080")
                .run("list", "--host", "https://influx.example");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(
                "error: HTTPS_PROXY names a socks5:// proxy; only http:// proxies are supported\n"
                        + "hint: give an http:// proxy; an https:// server is still reached through it end to end encrypted\n",
                r.err());
    }

    @Test
    void httpsProxyTunnelsToAnHttpsServerWithCredentialsOnTheConnectOnly() throws Exception {
        HeldCertificate ca = new HeldCertificate.Builder()
                .commonName("proxy test CA")
                .certificateAuthority(0)
                .build();
        HeldCertificate influx = new HeldCertificate.Builder()
                .commonName("influx.example")
                .addSubjectAlternativeName("influx.example")
                .signedBy(ca)
                .build();
        tlsProxy = new MockWebServer();
        tlsProxy.useHttps(new HandshakeCertificates.Builder()
                .heldCertificate(influx, ca.certificate())
                .build()
                .sslSocketFactory());
        tlsProxy.enqueue(new MockResponse.Builder().inTunnel().build());
        tlsProxy.enqueue(FakeInfluxServer.json(200, "{\"links\":{},\"authorizations\":[]}"));
        tlsProxy.start(InetAddress.getLoopbackAddress(), 0);
        Path caFile = proxy.home().resolve("ca.pem");
        Files.writeString(caFile, ca.certificatePem());
        Result r = cli().env("HTTPS_PROXY", "alice:" + PASSWORD_IN_URL + "@127.0.0.1:" + tlsProxy.getPort())
                .run("list", "--host", "https://influx.example", "--ca-cert", caFile.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("[]\n", r.out());
        RecordedRequest connect = tlsProxy.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("CONNECT", connect.getMethod());
        assertEquals("influx.example:443", connect.getTarget());
        assertEquals(
                "Basic " + Base64.getEncoder().encodeToString(("alice:" + PASSWORD).getBytes(StandardCharsets.UTF_8)),
                connect.getHeaders().get("Proxy-Authorization"));
        RecordedRequest tunnelled = tlsProxy.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("/api/v2/authorizations", tunnelled.getTarget());
        assertNull(tunnelled.getHeaders().get("Proxy-Authorization"), "the credentials went on to the server");
        assertEquals("Token " + FakeInfluxServer.TOKEN, tunnelled.getHeaders().get("Authorization"));
    }
}
