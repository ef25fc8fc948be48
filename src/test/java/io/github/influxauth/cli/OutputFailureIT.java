package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.Fixtures;
import io.github.influxauth.testing.Processes;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code influx-auth … > /dev/full} as a shell runs it: an error and exit 1, never a silent exit 0. */
class OutputFailureIT {

    static MockWebServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = new FakeInfluxServer(Fixtures.generated(2_000)).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "list --format table",
                "list --format json",
                "list --format ndjson",
                "list --format csv",
                "list --format detail",
                "get 0d4700000000a000",
                "get 0d4700000000a000 --json",
                "list --help"
            })
    void writingToAFullDeviceIsAnError(String command) throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full on this system");
        Path launcher = Path.of("bin/influx-auth").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(
                        "sh",
                        "-c",
                        "\"$0\" " + command + " --host \"$1\" >/dev/full",
                        launcher.toString(),
                        server.url("/").toString())
                .directory(File.listRoots()[0]);
        // The shared cache: a first run's background archive maker, writing under HOME/.cache, would
        // otherwise race the deletion of the temporary HOME.
        Processes.clean(pb.environment());
        pb.environment().put("INFLUX_TOKEN", FakeInfluxServer.TOKEN);
        pb.environment().put("HOME", dir.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not finish");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("error: cannot write output: No space left on device\n", err);
        assertEquals(1, p.exitValue());
    }
}
