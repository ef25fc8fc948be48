package io.github.influxauth.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.Archives;
import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.Processes;
import io.github.influxauth.testing.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archives `./mvnw package` builds, checked entry by entry, then unpacked and used as a new user would. */
class DistributionIT {

    static final String VERSION = System.getProperty("project.version");
    static final String BASE = "influx-auth-" + VERSION + "/";
    static final Path ZIP = Processes.PROJECT.resolve("target/influx-auth-" + VERSION + ".zip");
    static final Path TAR_GZ = Processes.PROJECT.resolve("target/influx-auth-" + VERSION + ".tar.gz");

    @TempDir
    Path dir;

    /** Every file outside lib/, where only the jar is required (the launcher's helpers may join it). */
    static Set<String> expectedFilesOutsideLib() {
        Set<String> files = new TreeSet<>(List.of(
                "bin/influx-auth",
                "LICENSE",
                "THIRD-PARTY.txt",
                "completions/influx-auth.bash",
                "completions/influx-auth.zsh",
                "man/man1/influx-auth.1",
                "man/man1/influx-auth-list.1",
                "man/man1/influx-auth-get.1",
                "man/man1/influx-auth-audit.1",
                "man/man1/influx-auth-auth.1",
                "man/man1/influx-auth-auth-list.1",
                "man/man1/influx-auth-auth-get.1",
                "man/man1/influx-auth-completion.1"));
        if (Files.exists(Processes.PROJECT.resolve("README.md"))) {
            files.add("README.md");
        }
        try (var licenses = Files.list(Processes.PROJECT.resolve("licenses"))) {
            licenses.forEach(p -> files.add("licenses/" + p.getFileName()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    @Test
    void zipHoldsTheLayoutWithAnExecutableLauncher() throws IOException {
        assertLayout(Archives.zip(ZIP), ZIP);
    }

    @Test
    void tarGzHoldsTheLayoutWithAnExecutableLauncher() throws IOException {
        assertLayout(Archives.tarGz(TAR_GZ), TAR_GZ);
    }

    private static void assertLayout(Map<String, Archives.Entry> entries, Path archive) throws IOException {
        Set<String> outsideLib = new TreeSet<>();
        for (String name : entries.keySet()) {
            assertTrue(name.startsWith(BASE), archive + ": " + name + " is outside " + BASE);
            String relative = name.substring(BASE.length());
            if (!relative.startsWith("lib/")) {
                outsideLib.add(relative);
            }
        }
        assertEquals(expectedFilesOutsideLib(), outsideLib, archive.toString());
        Archives.Entry jar = entries.get(BASE + "lib/influx-auth.jar");
        assertTrue(jar != null, archive + " has no lib/influx-auth.jar: " + entries.keySet());
        assertEquals(
                Files.size(Processes.PROJECT.resolve("target/influx-auth.jar")),
                jar.size(),
                archive + ": lib/influx-auth.jar");
        for (String helper : new String[] {"influx-auth.classlist", "influx-auth.jar.sha256"}) {
            Archives.Entry entry = entries.get(BASE + "lib/" + helper);
            assertTrue(entry != null, archive + " has no lib/" + helper + " for the launcher's start-up archive");
            assertEquals(
                    Files.size(Processes.PROJECT.resolve("target/" + helper)),
                    entry.size(),
                    archive + ": lib/" + helper);
        }
        Archives.Entry launcher = entries.get(BASE + "bin/influx-auth");
        assertEquals(
                0755,
                launcher.mode(),
                archive + ": mode of bin/influx-auth is " + Integer.toOctalString(launcher.mode()));
        for (Map.Entry<String, Archives.Entry> e : entries.entrySet()) {
            if (!e.getKey().equals(BASE + "bin/influx-auth")) {
                assertEquals(0644, e.getValue().mode(), archive + ": mode of " + e.getKey());
            }
            assertTrue(e.getValue().size() > 0, archive + ": " + e.getKey() + " is empty");
        }
    }

    @Test
    void unpackedLauncherOnPathRunsThroughASymlinkFromRoot() throws Exception {
        Path unpacked = untar();
        Path pathDir = Files.createDirectories(dir.resolve("path-bin"));
        Files.createSymbolicLink(pathDir.resolve("influx-auth"), unpacked.resolve("bin/influx-auth"));
        Path home = Files.createDirectories(dir.resolve("home"));
        try (MockWebServer server = FakeInfluxServer.withContractExamples().start()) {
            String host = server.url("/").toString();
            // By name, through PATH, as a shell finds it; working directory /.
            Result r = Processes.run(
                    List.of("/bin/sh", "-c", "influx-auth list --host \"$1\"", "sh", host), env(pathDir, home));
            Result inProcess =
                    new Cli(home).env("INFLUX_TOKEN", FakeInfluxServer.TOKEN).run("list", "--host", host);
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("", r.err(), r::toString);
            assertTrue(r.out().startsWith("ID  "), r::toString);
            assertTrue(r.out().contains("0d47b4f0c2e6a000  telegraf read/write"), r::toString);
            assertEquals(inProcess.out(), r.out(), "the distribution prints what the command tree prints");
        }
    }

    @Test
    void unpackedLauncherPrintsTheProjectVersionAndTheJavaRuntime() throws Exception {
        Path unpacked = untar();
        Path home = Files.createDirectories(dir.resolve("home"));
        Result r = Processes.run(List.of(unpacked.resolve("bin/influx-auth").toString(), "--version"), env(dir, home));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r::toString);
        assertEquals("influx-auth " + VERSION, lines.get(0));
        assertTrue(lines.get(1).startsWith("Java " + System.getProperty("java.version") + " ("), r::toString);
    }

    @Test
    void archivedCompletionScriptsAreWhatTheCommandPrints() throws Exception {
        Path unpacked = untar();
        Result bash = Processes.run(
                List.of(
                        java(),
                        "-jar",
                        Processes.PROJECT
                                .resolve("target/influx-auth.jar")
                                .toAbsolutePath()
                                .toString(),
                        "completion",
                        "bash"),
                Map.of());
        assertEquals(0, bash.exitCode(), bash::toString);
        assertArrayEquals(
                bash.out().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Files.readAllBytes(unpacked.resolve("completions/influx-auth.bash")));
        assertArrayEquals(
                bash.out().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Files.readAllBytes(unpacked.resolve("completions/influx-auth.zsh")));
        assertArrayEquals(
                Files.readAllBytes(Processes.PROJECT.resolve("bin/influx-auth")),
                Files.readAllBytes(unpacked.resolve("bin/influx-auth")));
    }

    /** Unpacked with the system's tar, as a user would; returns influx-auth-VERSION/. */
    private Path untar() throws Exception {
        Path target = Files.createDirectories(dir.resolve("unpacked"));
        Result r = Processes.run(
                List.of("tar", "-xzf", TAR_GZ.toAbsolutePath().toString(), "-C", target.toString()), Map.of());
        assertEquals(0, r.exitCode(), r::toString);
        Path base = target.resolve("influx-auth-" + VERSION);
        assertTrue(Files.isExecutable(base.resolve("bin/influx-auth")), "tar kept the executable bit");
        return base;
    }

    private static Map<String, String> env(Path pathDir, Path home) {
        List<String> path = new ArrayList<>();
        path.add(pathDir.toString());
        path.add(System.getenv("PATH"));
        return Map.of(
                "PATH", String.join(java.io.File.pathSeparator, path),
                "JAVA_HOME", System.getProperty("java.home"),
                "HOME", home.toString(),
                "INFLUX_TOKEN", FakeInfluxServer.TOKEN);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
