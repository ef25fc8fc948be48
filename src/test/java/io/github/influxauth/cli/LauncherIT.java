package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.FakeInfluxServer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs bin/influx-auth as a user would: a separate process, through a symlink, from another directory. */
class LauncherIT {

    @TempDir
    Path dir;

    @Test
    void launcherThroughSymlinkListsTokensFromAnotherDirectory() throws Exception {
        Path launcher = Path.of("bin/influx-auth").toAbsolutePath();
        Path link = Files.createSymbolicLink(dir.resolve("ia"), launcher);
        try (MockWebServer server = FakeInfluxServer.withContractExamples().start()) {
            ProcessBuilder pb = new ProcessBuilder(link.toString(), "list", "--host", server.url("/").toString())
                    .directory(File.listRoots()[0]);
            pb.environment().put("INFLUX_TOKEN", FakeInfluxServer.TOKEN);
            pb.environment().put("HOME", dir.toString());
            Process p = pb.start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "launcher did not finish");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), err);
            assertTrue(out.startsWith("ID  "), out);
            assertTrue(out.contains("0d47b4f0c2e6a000  telegraf read/write"), out);
            assertEquals("", err);
        } finally {
            Files.delete(link);
        }
    }
}
