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
import mockwebserver3.Dispatcher;
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
 * final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();
 *
 * @Test
 * void lists() {
 *     Result r = server.run("list", "--format", "csv");
 * }
 * }</pre>
 *
 * Before each test it starts the server and makes an empty home directory; {@link #cli()} is a
 * {@link Cli} set up the way a user of that server sets up: {@code INFLUX_HOST} and
 * {@code INFLUX_TOKEN} for influxd, the influxdb3 CLI's {@code INFLUXDB3_HOST_URL} and
 * {@code INFLUXDB3_AUTH_TOKEN} for InfluxDB 3 ({@code FakeServer.of(FakeInfluxDb3::core)}). After
 * each test it stops the server.
 *
 * <p>Two variants, both chosen where the field is declared: {@link #scripted()} answers with raw
 * responses the test {@link #enqueue}s instead of the fake's faithful ones, and {@link #https}
 * serves TLS with certificates the test made.
 */
public final class FakeServer<F extends Dispatcher & FakeServer.Fake> implements BeforeEachCallback, AfterEachCallback {

    /** A fake server the tool can be pointed at. */
    public interface Fake {
        /** A started MockWebServer that answers as this fake. */
        MockWebServer start() throws IOException;

        /** {@code cli} pointed at this fake, served at {@code url}: where it is and its token, as its users set them. */
        Cli connect(Cli cli, String url);
    }

    /** Null for a {@link #scripted()} server. */
    private final Supplier<F> fixture;

    private HandshakeCertificates https;
    private F fake;
    private MockWebServer server;
    private Path home;

    private FakeServer(Supplier<F> fixture) {
        this.fixture = fixture;
    }

    /** Serving {@code contract/examples/authorizations-list.json}. */
    public static FakeServer<FakeInfluxServer> contractExamples() {
        return new FakeServer<>(FakeInfluxServer::withContractExamples);
    }

    /** Serving the audit fixture: every permission shape, hostile text, two buckets named telegraf. */
    public static FakeServer<FakeInfluxServer> auditFixture() {
        return new FakeServer<>(FakeInfluxServer::withAuditFixture);
    }

    public static <F extends Dispatcher & Fake> FakeServer<F> of(Supplier<F> fixture) {
        return new FakeServer<>(fixture);
    }

    /**
     * No fake influxd: a bare MockWebServer that answers each request with the next response the
     * test {@link #enqueue}s: for tests that write every answer themselves (raw error bodies, odd
     * headers). To change one answer of the fake instead, give it a {@code fault}.
     */
    public static FakeServer<FakeInfluxServer> scripted() {
        return new FakeServer<>(null);
    }

    /** Serves https with {@code certificates} (the server's certificate and chain) instead of http. */
    public FakeServer<F> https(HandshakeCertificates certificates) {
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
    public F fake() {
        if (fake == null) {
            throw new IllegalStateException("a scripted server has no fake influxd: enqueue its responses");
        }
        return fake;
    }

    /** For a {@link #scripted()} server: the answer to the next request not yet answered. */
    public FakeServer<F> enqueue(MockResponse response) {
        if (fake != null) {
            throw new IllegalStateException("the fake influxd answers here: give it a fault() instead");
        }
        server.enqueue(response);
        return this;
    }

    /** Serves other data from now on. */
    public FakeServer<F> serve(F other) {
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

    /** The tool, pointed at this server with its token as the server's users do. */
    public Cli cli() {
        if (fake == null) {
            return new Cli(home).env("INFLUX_HOST", url()).env("INFLUX_TOKEN", FakeInfluxServer.TOKEN);
        }
        return fake.connect(new Cli(home), url());
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
