package io.github.influxauth.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.Processes;
import io.github.influxauth.testing.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Install from the release archive" block, run as written by bash in a fresh HOME
 * (nothing in it, not even ~/opt or ~/.local/bin), next to the archive it names.
 */
class InstallBlockIT {

    static final String VERSION = System.getProperty("project.version");

    @TempDir
    Path dir;

    @Test
    void readmeInstallBlockWorksInAFreshHome() throws Exception {
        Path archive = Processes.PROJECT.resolve("target/influx-auth-" + VERSION + "-linux-x64.tar.gz");
        Assumptions.assumeTrue(Files.exists(archive), archive + " was not built here; the build said why");
        // The block names the version it was written for; the test installs the one just built.
        String written = installBlock().replace("0.1.0", VERSION);
        String block = Processes.onPath("man")
                ? written
                : written.lines().filter(l -> !l.startsWith("man ")).reduce("", (a, l) -> a + l + "\n");
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        Files.copy(archive, downloads.resolve(archive.getFileName()));
        Path home = Files.createDirectories(dir.resolve("home"));
        Result r = Processes.run(
                List.of("bash", "--noprofile", "--norc", "-e", "-c", block),
                Map.of(
                        "HOME",
                        home.toString(),
                        "PATH",
                        "/usr/bin:/bin",
                        "MANPAGER",
                        "cat",
                        "PAGER",
                        "cat",
                        "MANWIDTH",
                        "80"),
                downloads.toFile());
        assertEquals(0, r.exitCode(), () -> block + "\n" + r);
        assertTrue(r.out().startsWith("influx-auth " + VERSION + "\n"), r::toString);
        assertEquals("", r.err(), r::toString);
        assertTrue(Files.isSymbolicLink(home.resolve(".local/bin/influx-auth")));
    }

    /** The first sh block after the heading "## Install from the release archive". */
    private static String installBlock() throws Exception {
        String readme = Files.readString(Processes.PROJECT.resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Install from the release archive");
        assertTrue(section >= 0, "README.md has no install section");
        int start = readme.indexOf("```sh\n", section);
        int end = readme.indexOf("```\n", start + 6);
        assertTrue(start > 0 && end > start, "README.md's install section has no sh block");
        return readme.substring(start + "```sh\n".length(), end);
    }
}
