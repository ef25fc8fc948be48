package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.Fixtures;
import io.github.influxauth.testing.Processes;
import io.github.influxauth.testing.Secrets;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code influx-auth list | head -1} as a shell runs it: the launcher's own exit code and stderr
 * are kept in files, since a pipeline reports only the last command's.
 */
class PipeIT {

    static MockWebServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        // Far more than a pipe buffer holds, so the writer does hit the closed pipe.
        server = new FakeInfluxServer(Fixtures.generated(20_000)).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ndjson", "csv", "table", "json", "detail"})
    void headEndsTheListingQuietly(String format) throws Exception {
        Path launcher = Processes.PROJECT.resolve("bin/influx-auth");
        Path err = dir.resolve("err");
        Path rc = dir.resolve("rc");
        ProcessBuilder pb = new ProcessBuilder(
                        "sh",
                        "-c",
                        "{ \"$0\" list --host \"$1\" --format \"$2\" 2>\"$3\"; echo $? >\"$4\"; } | head -1",
                        launcher.toString(),
                        server.url("/").toString(),
                        format,
                        err.toString(),
                        rc.toString())
                .directory(File.listRoots()[0]);
        Processes.clean(pb.environment());
        pb.environment().put("INFLUX_TOKEN", FakeInfluxServer.TOKEN);
        pb.environment().put("HOME", dir.toString());
        Path out0 = dir.resolve("out");
        Path shellErr0 = dir.resolve("shell-err");
        pb.redirectOutput(out0.toFile()).redirectError(shellErr0.toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            Processes.destroyTree(p);
            throw new AssertionError("the pipeline did not finish within 60 s");
        }
        String out = Files.readString(out0, StandardCharsets.UTF_8);
        String shellErr = Files.readString(shellErr0, StandardCharsets.UTF_8);
        String launcherErr = Files.readString(err);
        assertEquals(0, p.exitValue(), shellErr);
        assertEquals("", shellErr);
        assertEquals("0", Files.readString(rc).strip(), launcherErr);
        assertEquals("", launcherErr);
        assertEquals(1, out.lines().count(), out);
        String first = switch (format) {
            case "ndjson" -> "{\"id\":";
            case "csv" -> "id,description,status";
            case "table" -> "ID  ";
            case "detail" -> "ID:";
            default -> "[";
        };
        assertTrue(out.startsWith(first), out);
        Secrets.assertAbsent("stderr", launcherErr, Secrets.serverTokens());
        Secrets.assertAbsent("stdout", out, java.util.List.of(FakeInfluxServer.TOKEN));
    }
}
