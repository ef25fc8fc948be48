package io.github.influxauth.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fake server for each test (an influxd 2.x, or an InfluxDB 3), and the tool pointed at it:
 * register it on an instance field,
 *
 * <pre>{@code
 * @RegisterExtension
 * final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();
 * @RegisterExtension
 * final FakeServer<FakeInfluxDb3> core = FakeServer.of(FakeInfluxDb3::core);
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
 * {@code INFLUXDB3_AUTH_TOKEN} for InfluxDB 3. After each test it stops the server.
 */
public final class FakeServer<F extends Dispatcher & FakeServer.Fake> implements BeforeEachCallback, AfterEachCallback {

    /** A fake server the tool can be pointed at. */
    public interface Fake {
        /** A started MockWebServer that answers as this fake. */
        MockWebServer start() throws IOException;

        /** {@code cli} pointed at this fake, served at {@code url}: where it is and its token, as its users set them. */
        Cli connect(Cli cli, String url);
    }

    private final Supplier<F> fixture;
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

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        home = Files.createTempDirectory("influx-auth-home");
        fake = fixture.get();
        server = fake.start();
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
        return fake;
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
        return fake.connect(new Cli(home), url());
    }

    /** Runs the tool against this server. */
    public Result run(String... args) {
        return cli().run(args);
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
