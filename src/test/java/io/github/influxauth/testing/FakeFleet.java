package io.github.influxauth.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Several fake servers behind one configs file, as a token administrator with a fleet has them:
 * register it on an instance field,
 *
 * <pre>{@code
 * @RegisterExtension
 * final FakeFleet fleet = new FakeFleet()
 *         .v2("prod", FakeInfluxServer::withContractExamples)
 *         .v3("edge", FakeInfluxDb3::core)
 *         .dead("old");
 * }</pre>
 *
 * Before each test it starts the servers and writes {@code ~/.influxdbv2/configs} in an empty home,
 * one config per server in the order given, each with the URL and token its users would have; a
 * dead config's URL is a local port nobody listens on. {@link #slow} delays every answer of a
 * server. After each test it stops them.
 */
public final class FakeFleet implements BeforeEachCallback, AfterEachCallback {

    /** One config: how to make its fake (null: nobody listens), the token its table holds, the delay. */
    private record Config(Supplier<? extends Dispatcher> fake, String token, Duration delay) {}

    private final Map<String, Config> configs = new LinkedHashMap<>();
    private final Map<String, MockWebServer> servers = new LinkedHashMap<>();
    private final Map<String, Dispatcher> fakes = new LinkedHashMap<>();
    private Path home;

    public FakeFleet v2(String name, Supplier<FakeInfluxServer> fake) {
        configs.put(name, new Config(fake, FakeInfluxServer.TOKEN, Duration.ZERO));
        return this;
    }

    public FakeFleet v3(String name, Supplier<FakeInfluxDb3> fake) {
        configs.put(name, new Config(fake, FakeInfluxDb3.adminToken(), Duration.ZERO));
        return this;
    }

    /** A config whose URL leads nowhere: connection refused. */
    public FakeFleet dead(String name) {
        configs.put(name, new Config(null, "dead-config-token-0123456789abcdef", Duration.ZERO));
        return this;
    }

    /** The token in the table of config {@code name}: null leaves it out. */
    public FakeFleet token(String name, String token) {
        Config c = configs.get(name);
        configs.put(name, new Config(c.fake(), token, c.delay()));
        return this;
    }

    /** Every answer of the server of {@code name} comes {@code delay} late. */
    public FakeFleet slow(String name, Duration delay) {
        Config c = configs.get(name);
        configs.put(name, new Config(c.fake(), c.token(), delay));
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        home = Files.createTempDirectory("influx-auth-home");
        StringBuilder toml = new StringBuilder();
        for (var entry : configs.entrySet()) {
            Config c = entry.getValue();
            String url;
            if (c.fake() == null) {
                url = "http://127.0.0.1:" + freePort() + "/";
            } else {
                Dispatcher fake = c.fake().get();
                fakes.put(entry.getKey(), fake);
                MockWebServer server = new MockWebServer();
                server.setDispatcher(delayed(fake, c.delay()));
                server.start(InetAddress.getLoopbackAddress(), 0);
                servers.put(entry.getKey(), server);
                url = server.url("/").toString();
            }
            toml.append("[")
                    .append(entry.getKey())
                    .append("]\n")
                    .append("  url = \"")
                    .append(url)
                    .append("\"\n");
            if (c.token() != null) {
                toml.append("  token = \"").append(c.token()).append("\"\n");
            }
            toml.append("  org = \"my-org\"\n\n");
        }
        Files.createDirectories(home.resolve(".influxdbv2"));
        Files.writeString(configsFile(), toml);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        for (MockWebServer server : servers.values()) {
            server.close();
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public Path home() {
        return home;
    }

    public Path configsFile() {
        return home.resolve(".influxdbv2/configs");
    }

    /** The tool with an empty environment but this home: its configs file is the fleet's. */
    public Cli cli() {
        Cli cli = new Cli(home);
        configs.values().stream().filter(c -> c.token() != null).forEach(c -> cli.secret(c.token()));
        return cli;
    }

    public Result run(String... args) {
        return cli().run(args);
    }

    /** The server of config {@code name}. */
    public MockWebServer server(String name) {
        return servers.get(name);
    }

    /** The fake behind config {@code name}, for its knobs. */
    @SuppressWarnings("unchecked")
    public <F extends Dispatcher> F fake(String name) {
        return (F) fakes.get(name);
    }

    /** The paths and queries the server of config {@code name} was asked, oldest first. */
    public List<String> targets(String name) {
        List<String> targets = new ArrayList<>();
        try {
            RecordedRequest r;
            while ((r = servers.get(name).takeRequest(0, TimeUnit.MILLISECONDS)) != null) {
                targets.add(r.getTarget());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
        return targets;
    }

    /** {@code fake}, each answer held back by {@code delay}; {@code fake} itself for none. */
    static Dispatcher delayed(Dispatcher fake, Duration delay) {
        if (delay.isZero()) {
            return fake;
        }
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return fake.dispatch(request)
                        .newBuilder()
                        .headersDelay(delay.toMillis(), TimeUnit.MILLISECONDS)
                        .build();
            }
        };
    }

    /** A local port that was free a moment ago: nothing listens there once the socket is closed. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
