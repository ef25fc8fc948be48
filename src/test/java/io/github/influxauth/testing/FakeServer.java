package io.github.influxauth.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fake influxd for each test, and the tool pointed at it: register it on an instance field,
 *
 * <pre>{@code
 * @RegisterExtension
 * final FakeServer server = FakeServer.contractExamples();
 *
 * @Test
 * void lists() {
 *     Result r = server.run("list", "--format", "csv");
 * }
 * }</pre>
 *
 * Before each test it starts the server and makes an empty home directory; {@link #cli()} is a
 * {@link Cli} with {@code INFLUX_HOST} and {@code INFLUX_TOKEN} set to the server and its token.
 * After each test it stops the server.
 *
 * <p>Two variants, both chosen where the field is declared: {@link #scripted()} answers with raw
 * responses the test {@link #enqueue}s instead of the fake's faithful ones, and {@link #https}
 * serves TLS with certificates the test made.
 */
public final class FakeServer implements BeforeEachCallback, AfterEachCallback {

    /** Null for a {@link #scripted()} server. */
    private final Supplier<FakeInfluxServer> fixture;
    private HandshakeCertificates https;
    private FakeInfluxServer fake;
    private MockWebServer server;
    private Path home;

    private FakeServer(Supplier<FakeInfluxServer> fixture) {
        this.fixture = fixture;
    }

    /** Serving {@code contract/examples/authorizations-list.json}. */
    public static FakeServer contractExamples() {
        return new FakeServer(FakeInfluxServer::withContractExamples);
    }

    /** Serving the audit fixture: every permission shape, hostile text, two buckets named telegraf. */
    public static FakeServer auditFixture() {
        return new FakeServer(FakeInfluxServer::withAuditFixture);
    }

    public static FakeServer of(Supplier<FakeInfluxServer> fixture) {
        return new FakeServer(fixture);
    }

    /**
     * No fake influxd: a bare MockWebServer that answers each request with the next response the
     * test {@link #enqueue}s: for tests that write every answer themselves (raw error bodies, odd
     * headers). To change one answer of the fake instead, give it a {@code fault}.
     */
    public static FakeServer scripted() {
        return new FakeServer(null);
    }

    /** Serves https with {@code certificates} (the server's certificate and chain) instead of http. */
    public FakeServer https(HandshakeCertificates certificates) {
        this.https = certificates;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        home = Files.createTempDirectory("influx-auth-home");
        server = new MockWebServer();
        if (https != null) {
            server.useHttps(https.sslSocketFactory());
        }
        if (fixture != null) {
            fake = fixture.get();
            server.setDispatcher(fake);
        }
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The fake's knobs: paging, faults, a path prefix, its token. */
    public FakeInfluxServer fake() {
        if (fake == null) {
            throw new IllegalStateException("a scripted server has no fake influxd: enqueue its responses");
        }
        return fake;
    }

    /** For a {@link #scripted()} server: the answer to the next request not yet answered. */
    public FakeServer enqueue(MockResponse response) {
        if (fake != null) {
            throw new IllegalStateException("the fake influxd answers here: give it a fault() instead");
        }
        server.enqueue(response);
        return this;
    }

    /** Serves other data from now on. */
    public FakeServer serve(FakeInfluxServer other) {
        this.fake = other;
        server.setDispatcher(other);
        return this;
    }

    /** The server's root URL, with a trailing slash. */
    public String url() {
        return server.url("/").toString();
    }

    public String url(String path) {
        return server.url(path).toString();
    }

    public MockWebServer server() {
        return server;
    }

    /** An empty directory, this test's {@code HOME}. */
    public Path home() {
        return home;
    }

    /** The tool, with {@code INFLUX_HOST} and {@code INFLUX_TOKEN} naming this server and its token. */
    public Cli cli() {
        return new Cli(home).env("INFLUX_HOST", url()).env("INFLUX_TOKEN", FakeInfluxServer.TOKEN);
    }

    /** Runs the tool against this server. */
    public Result run(String... args) {
        return cli().run(args);
    }

    /** How many requests the server has received, whether or not {@link #requests()} handed them out. */
    public int requestCount() {
        return server.getRequestCount();
    }

    /** The requests the server has received and not yet handed out, oldest first. */
    public List<RecordedRequest> requests() {
        List<RecordedRequest> requests = new ArrayList<>();
        try {
            RecordedRequest r;
            while ((r = server.takeRequest(0, TimeUnit.MILLISECONDS)) != null) {
                requests.add(r);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
        return requests;
    }

    /** The targets (path and query) of {@link #requests()}. */
    public List<String> targets() {
        return requests().stream().map(RecordedRequest::getTarget).toList();
    }
}
