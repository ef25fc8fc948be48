package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The token file, the configs file and the CA file are small regular files: a device, a FIFO that
 * nobody writes or a file of many MB is refused at once, naming the file, instead of a read that
 * never ends or runs out of memory. The time limit starts only later, so it could not help.
 */
class BoundedFilesTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(20);
    private static final String NOT_REGULAR =
            " is not a regular file (a device, a pipe or a directory), so it is not read\n";
    private static final String TOO_LARGE = " is larger than 4 MB, so it is not read\n";

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    private Result run(Cli cli, String... args) {
        return assertTimeoutPreemptively(AT_ONCE, () -> cli.run(args), "the read did not end");
    }

    private Path fifo() throws IOException, InterruptedException {
        Path fifo = server.home().resolve("fifo");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            Assumptions.abort("mkfifo is not available: " + noMkfifo.getMessage());
            throw noMkfifo;
        }
        Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        return fifo;
    }

    private Path large() throws IOException {
        Path file = server.home().resolve("large");
        Files.write(file, new byte[4 * 1024 * 1024 + 1]);
        return file;
    }

    private static void assertRefused(Result r, String error) {
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertEquals("error: " + error, r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom", "/dev/null", "/tmp"})
    void aTokenFileThatIsNotARegularFile(String file) {
        Assumptions.assumeTrue(Files.exists(Path.of(file)));
        assertRefused(
                run(new Cli(server.home()), "list", "--host", server.url(), "--token-file", file),
                "the token file " + file + NOT_REGULAR);
    }

    @Test
    void aTokenFileThatIsAFifoNobodyWrites() throws Exception {
        Path fifo = fifo();
        assertRefused(
                run(new Cli(server.home()), "list", "--host", server.url(), "--token-file", fifo.toString()),
                "the token file " + fifo + NOT_REGULAR);
    }

    @Test
    void aTokenFileOfMoreThan4Mb() throws Exception {
        Path large = large();
        assertRefused(
                run(new Cli(server.home()), "list", "--host", server.url(), "--token-file", large.toString()),
                "the token file " + large + TOO_LARGE);
    }

    @Test
    void standardInputOfMoreThan4Mb() {
        Cli cli = new Cli(server.home()).stdin("x".repeat(4 * 1024 * 1024 + 1));
        assertRefused(run(cli, "list", "--host", server.url(), "--token-file", "-"), "the token file -" + TOO_LARGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom"})
    void aConfigsFileThatIsADevice(String file) {
        Cli cli = new Cli(server.home()).env("INFLUX_CONFIGS_PATH", file);
        assertRefused(run(cli, "list"), "the configs file " + file + NOT_REGULAR);
    }

    @Test
    void aConfigsFileThatIsAFifoNobodyWrites() throws Exception {
        Path fifo = fifo();
        assertRefused(
                run(new Cli(server.home()), "list", "--configs-path", fifo.toString()),
                "the configs file " + fifo + NOT_REGULAR);
    }

    @Test
    void aConfigsFileOfMoreThan4Mb() throws Exception {
        Path large = large();
        assertRefused(
                run(new Cli(server.home()), "list", "--configs-path", large.toString()),
                "the configs file " + large + TOO_LARGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom"})
    void aCaFileThatIsADevice(String file) {
        assertRefused(run(server.cli(), "list", "--ca-cert", file), "the CA certificate file " + file + NOT_REGULAR);
        assertEquals(0, server.requests().size());
    }

    @Test
    void aCaFileThatIsAFifoNobodyWrites() throws Exception {
        Path fifo = fifo();
        assertRefused(
                run(server.cli().env("INFLUX_CA_CERT", fifo.toString()), "list"),
                "the CA certificate file " + fifo + NOT_REGULAR);
    }

    @Test
    void aCaFileOfMoreThan4Mb() throws Exception {
        Path large = large();
        assertRefused(
                run(server.cli(), "list", "--ca-cert", large.toString()),
                "the CA certificate file " + large + TOO_LARGE);
    }

    @Test
    void aTokenFileAtTheLimitIsStillRead() throws Exception {
        Path file = server.home().resolve("token");
        Files.writeString(
                file, " ".repeat(4 * 1024 * 1024 - 100) + io.github.influxauth.testing.FakeInfluxServer.TOKEN + "\n");
        Result r = run(
                new Cli(server.home()),
                "list",
                "--host",
                server.url(),
                "--token-file",
                file.toString(),
                "--format",
                "ndjson");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(3, r.out().lines().count());
    }
}
