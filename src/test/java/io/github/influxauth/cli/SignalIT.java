package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C (SIGINT) or SIGTERM while bin/influx-auth streams a listing from a slow server: the output
 * ends on a whole record, stderr says the listing is incomplete, and the exit code is 130 or 143.
 * The signal is sent once the first output has arrived, so it always comes mid-listing.
 */
class SignalIT {

    @TempDir
    Path dir;

    MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        FakeInfluxServer fake = new FakeInfluxServer(Fixtures.generated(5_000));
        server = new MockWebServer();
        // ~3 MB at 320 KB/s: the listing takes about ten seconds, far longer than the signal needs.
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return fake.dispatch(request)
                        .newBuilder()
                        .throttleBody(16 * 1024, 50, TimeUnit.MILLISECONDS)
                        .build();
            }
        });
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({"TERM, ndjson, 143", "TERM, csv, 143", "INT, ndjson, 130", "INT, csv, 130"})
    void aSignalEndsTheListingOnAWholeRecord(String signal, String format, int exitCode) throws Exception {
        if (signal.equals("INT")) {
            // A process started with SIGINT ignored (a background job of a shell) passes that on, and the JVM keeps it.
            Assumptions.assumeFalse(
                    ignored(2), "SIGINT is ignored in this environment, and so it would be in the tool");
        }
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of("bin/influx-auth").toAbsolutePath().toString(),
                        "list",
                        "--host",
                        server.url("/").toString(),
                        "--format",
                        format,
                        "--timeout",
                        "2m")
                .directory(File.listRoots()[0]);
        pb.environment().keySet().removeIf(name -> name.startsWith("INFLUX_"));
        pb.environment().put("INFLUX_TOKEN", FakeInfluxServer.TOKEN);
        pb.environment().put("HOME", dir.toString());
        // The launcher then execs the JVM, so the signal reaches it (a first run that makes the archive waits on it
        // instead).
        pb.environment().put("INFLUX_AUTH_ARCHIVE", "off");
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        InputStream stdout = p.getInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int first = stdout.read();
        assertTrue(first >= 0, "no output before the end");
        out.write(first);
        new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid()))
                .inheritIO()
                .start()
                .waitFor();
        stdout.transferTo(out);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not stop");

        String text = out.toString(StandardCharsets.UTF_8);
        String lineEnd = format.equals("csv") ? "\r\n" : "\n";
        assertTrue(
                text.endsWith(lineEnd), () -> "a cut last line: …" + text.substring(Math.max(0, text.length() - 200)));
        List<String> lines = List.of(text.split(lineEnd));
        assertTrue(lines.size() < 5_000, "the listing was complete: the signal came too late to test anything");
        for (String line : lines.subList(format.equals("csv") ? 1 : 0, lines.size())) {
            assertTrue(
                    format.equals("csv")
                            ? line.matches("0d47[0-9a-f]{12},device token \\d+,.*")
                            : line.startsWith("{\"id\":") && line.endsWith("}"),
                    line);
        }
        String what = signal.equals("INT") ? "interrupted" : "terminated";
        assertEquals(
                "error: " + what + "; the listing is incomplete: it ends with the last whole record\n", err.join());
        assertEquals(exitCode, p.exitValue());
    }

    /** Whether this JVM ignores signal {@code number}: children inherit that. */
    private static boolean ignored(int number) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(
                                        line.substring("SigIgn:".length()).strip(), 16)
                                & (1L << (number - 1)))
                        != 0;
            }
        }
        return false;
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
