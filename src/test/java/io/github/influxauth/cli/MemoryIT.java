package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.Processes;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Listings of millions of tiny tokens under {@code -Xmx64m}, through bin/influx-auth: streamed
 * formats stay within the heap however many pages come, and the formats that must hold every token
 * end with one error line, never a stack trace.
 */
class MemoryIT {

    private static final String TOKEN = "memory-test-token-0123456789abcdef";

    @TempDir
    Path dir;

    MockWebServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** {@code total} authorizations of the smallest valid shape, {@code pageSize} a page (0: one page). */
    private String serve(int total, int pageSize) throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String offsetParam = request.getUrl().queryParameter("offset");
                int offset = offsetParam == null ? 0 : Integer.parseInt(offsetParam);
                int end = pageSize == 0 ? total : Math.min(total, offset + pageSize);
                Buffer body = new Buffer().writeUtf8("{\"links\":{");
                if (end < total) {
                    body.writeUtf8("\"next\":\"/api/v2/authorizations?offset=" + end + "\"");
                }
                body.writeUtf8("},\"authorizations\":[");
                for (int i = offset; i < end; i++) {
                    body.writeUtf8(i == offset ? "{\"id\":\"" : ",{\"id\":\"")
                            .writeUtf8(String.format("%016x", i + 1L))
                            .writeUtf8("\"}");
                }
                body.writeUtf8("]}");
                return new MockResponse.Builder()
                        .addHeader("Content-Type", "application/json")
                        .body(body)
                        .build();
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
        return server.url("/").toString();
    }

    private record Run(int exitCode, Path out, String err) {}

    private Run run(String host, String... args) throws Exception {
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        List<String> command = Stream.concat(
                        Stream.of(
                                Path.of("bin/influx-auth").toAbsolutePath().toString(),
                                "list",
                                "--host",
                                host,
                                "--timeout",
                                "5m"),
                        Stream.of(args))
                .toList();
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(File.listRoots()[0])
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        // The shared cache: a first run's background archive maker, writing under HOME/.cache, would
        // otherwise race the deletion of the temporary HOME.
        Processes.clean(pb.environment());
        pb.environment().put("INFLUX_TOKEN", TOKEN);
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("JAVA_OPTS", "-Xmx64m");
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "did not finish");
        return new Run(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ndjson", "csv"})
    void aPagedStreamedListingOfAMillionTokensFitsIn64Mb(String format) throws Exception {
        Run r = run(serve(1_000_000, 100_000), "--format", format, "--hide-headers");
        assertEquals("", r.err());
        assertEquals(0, r.exitCode());
        try (Stream<String> lines = Files.lines(r.out())) {
            assertEquals(1_000_000, lines.count());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--format=table", "--format=json", "--sort=id"})
    void twoMillionTokensHeldForTableJsonOrSortEndInOneErrorLine(String option) throws Exception {
        Run r = run(serve(2_000_000, 0), option);
        assertEquals(
                "error: too many tokens to hold in memory for table/json/--sort; use --format ndjson or csv,"
                        + " or raise -Xmx via JAVA_OPTS\n",
                r.err());
        assertEquals(1, r.exitCode());
        assertEquals(0, Files.size(r.out()), "a partial listing");
    }
}
