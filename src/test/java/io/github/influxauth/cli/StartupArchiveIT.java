package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.Processes;
import io.github.influxauth.testing.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up archive for the plain jar (docs/LAUNCHER.md): made in the background
 * after the first run, used after, bounded to three, and whatever state it is in (missing, corrupt,
 * truncated, made for another jar, not writable, a directory) a run prints exactly what it would
 * print without one, and nothing on stderr.
 */
class StartupArchiveIT {

    private static final Path LAUNCHER = Processes.PROJECT.resolve("bin/influx-auth");

    @TempDir
    Path dir;

    MockWebServer server;
    String host;
    String expected;

    @BeforeEach
    void start() throws Exception {
        server = FakeInfluxServer.withContractExamples().start();
        host = server.url("/").toString();
        Result inProcess = new Cli(dir).run("list", "--host", host, "--token", FakeInfluxServer.TOKEN);
        assertEquals(0, inProcess.exitCode(), inProcess::toString);
        expected = inProcess.out();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void firstRunMakesTheArchiveAndLaterRunsPrintTheSame() throws Exception {
        Path cache = dir.resolve("cache");
        assertPlainRun(LAUNCHER, cache);
        Path archive = onlyArchive(cache);
        assertTrue(Files.size(archive) > 1_000_000, "archive too small: " + Files.size(archive));
        FileTime made = Files.getLastModifiedTime(archive);
        assertPlainRun(LAUNCHER, cache);
        assertEquals(List.of(archive), archives(cache), "a good archive is kept, not made again");
        assertEquals(made, Files.getLastModifiedTime(archive), "a good archive is kept, not made again");
        assertEquals(List.of(), leftovers(cache));
    }

    @Test
    void staleLeftoversOfAKilledRunOrMakerAreRemovedFreshOnesKept() throws Exception {
        Path cache = dir.resolve("cache");
        Path dirOfArchives = Files.createDirectories(cache.resolve("influx-auth"));
        FileTime anHourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        List<Path> stale = List.of(
                Files.writeString(dirOfArchives.resolve("jdk17-1-0123456789abcdef.4242.tmp"), "x"),
                Files.writeString(dirOfArchives.resolve("jdk17-1-0123456789abcdef.4242.tmp.loaded"), "x"),
                Files.writeString(dirOfArchives.resolve("jdk17-1-0123456789abcdef.4242.tmp.classlist"), "x"),
                Files.createDirectories(dirOfArchives.resolve("jdk17-1-0123456789abcdef.jsa.lock")));
        for (Path p : stale) {
            Files.setLastModifiedTime(p, anHourAgo);
        }
        Path fresh = Files.writeString(dirOfArchives.resolve("jdk17-2-0123456789abcdef.4343.tmp"), "x");
        assertPlainRun(LAUNCHER, cache);
        for (Path p : stale) {
            assertFalse(Files.exists(p), p + " is still there");
        }
        assertTrue(Files.exists(fresh), "a maker still at work lost its file");
        onlyArchive(cache);
    }

    @Test
    void archivePathThatIsADirectoryIsLeftAlone() throws Exception {
        Path cache = dir.resolve("cache");
        assertPlainRun(LAUNCHER, cache);
        Path archive = onlyArchive(cache);
        Files.delete(archive);
        Files.createDirectory(archive);
        assertPlainRun(LAUNCHER, cache);
        assertPlainRun(LAUNCHER, cache);
        try (Stream<Path> inside = Files.list(archive)) {
            assertEquals(List.of(), inside.toList(), "files were written into " + archive);
        }
        assertEquals(List.of(), leftovers(cache));
    }

    @Test
    void fiveInstallPlacesLeaveAtMostThreeRecentlyUsedArchivesAndAtMost100Mb() throws Exception {
        Path cache = dir.resolve("cache");
        List<Path> launchers = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            launchers.add(copyOfTheInstallation("place" + i).resolve("bin/influx-auth"));
        }
        assertPlainRun(launchers.get(0), cache);
        Path first = onlyArchive(cache);
        Path second = null;
        for (Path launcher : launchers.subList(1, 4)) {
            Thread.sleep(1100); // file times one second apart, whatever the file system keeps
            assertPlainRun(launcher, cache);
            if (second == null) {
                second = archives(cache).stream()
                        .filter(p -> !p.equals(first))
                        .findFirst()
                        .orElseThrow();
            }
        }
        // The first place's archive was the least recently used: gone.
        assertFalse(Files.exists(first), "the least recently used archive is still there");
        // The second place maps its archive (if the bound kept it) and so makes it the most recently used,
        // or makes it again: either way it is kept when the fifth place makes its own.
        Thread.sleep(1100);
        assertPlainRun(launchers.get(1), cache);
        Thread.sleep(1100);
        assertPlainRun(launchers.get(4), cache);
        List<Path> kept = archives(cache);
        assertTrue(kept.size() >= 2 && kept.size() <= 3, kept::toString);
        assertTrue(kept.contains(second), "the archive used second to last was removed: " + kept);
        long bytes = 0;
        for (Path p : kept) {
            bytes += Files.size(p);
        }
        assertTrue(bytes <= 100L << 20, "the cache holds " + (bytes >> 20) + " MB after five places");
        try (Stream<Path> all = Files.list(cache.resolve("influx-auth"))) {
            assertEquals(2L * kept.size(), all.count(), "the archives and their use marks, nothing else");
        }
    }

    @Test
    void corruptOrTruncatedArchiveNeitherBreaksARunNorPrints() throws Exception {
        Path cache = dir.resolve("cache");
        assertPlainRun(LAUNCHER, cache);
        Path archive = onlyArchive(cache);
        byte[] good = Files.readAllBytes(archive);

        Files.write(archive, Arrays.copyOf(good, 4096));
        assertPlainRun(LAUNCHER, cache);

        byte[] garbage = new byte[good.length];
        Arrays.fill(garbage, (byte) 0x5a);
        Files.write(archive, garbage);
        assertPlainRun(LAUNCHER, cache);

        Files.write(archive, new byte[0]);
        assertPlainRun(LAUNCHER, cache);
    }

    @Test
    void archiveMadeForAnotherJarNeitherBreaksARunNorPrints() throws Exception {
        // Another installation: the same launcher beside a copy of the jar (a different path and time).
        Path other = copyOfTheInstallation("other");
        Path otherCache = dir.resolve("other-cache");
        assertPlainRun(other.resolve("bin/influx-auth"), otherCache);
        Path foreign = onlyArchive(otherCache);

        Path cache = dir.resolve("cache");
        assertPlainRun(LAUNCHER, cache);
        Files.copy(foreign, onlyArchive(cache), StandardCopyOption.REPLACE_EXISTING);
        assertPlainRun(LAUNCHER, cache);
    }

    @Test
    void rebuiltJarOfTheSameContentGetsAFreshArchive() throws Exception {
        // The JVM refuses an archive whose jar has another time, even with the same content and key.
        Path install = copyOfTheInstallation("rebuilt");
        Path cache = dir.resolve("cache");
        Path launcher = install.resolve("bin/influx-auth");
        assertPlainRun(launcher, cache);
        Path archive = onlyArchive(cache);
        Path jar = install.resolve("lib/influx-auth.jar");
        // As if the jar were rebuilt (the same bytes, a new time) after the archive was made.
        FileTime rebuilt = Files.getLastModifiedTime(jar);
        Files.setLastModifiedTime(archive, FileTime.fromMillis(rebuilt.toMillis() - 60_000));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(rebuilt.toMillis() - 30_000));
        Files.setLastModifiedTime(install.resolve("lib/influx-auth.jar.sha256"), rebuilt);

        assertPlainRun(launcher, cache);
        assertEquals(List.of(archive), archives(cache), "same content, same key");
        assertTrue(
                Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0,
                "the archive was not made again");
    }

    @Test
    void unwritableCacheNeitherBreaksARunNorPrints() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        assertPlainRun(LAUNCHER, notADirectory);
        assertEquals("x", Files.readString(notADirectory));
    }

    @Test
    void jdkThatCannotMakeAnArchiveIsNotAskedAgain() throws Exception {
        // A JDK whose -Xshare:dump fails; it also counts its attempts.
        Path jdk = dir.resolve("jdk");
        Files.createDirectories(jdk.resolve("bin"));
        Files.copy(Path.of(System.getProperty("java.home"), "release"), jdk.resolve("release"));
        Path attempts = dir.resolve("attempts");
        Path java = Files.writeString(
                jdk.resolve("bin/java"),
                "#!/bin/sh\n"
                        + "for a in \"$@\"; do [ \"$a\" = -Xshare:dump ] && echo x >>'" + attempts
                        + "' && exit 1; done\n"
                        + "exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        assertTrue(java.toFile().setExecutable(true));
        Path cache = dir.resolve("cache");

        assertEquals(new Result(0, expected, ""), launch(LAUNCHER, cache, null, jdk));
        List<String> firstRun = Files.readAllLines(attempts);
        assertFalse(firstRun.isEmpty(), "the first run did not try to make an archive");
        assertEquals(new Result(0, expected, ""), launch(LAUNCHER, cache, null, jdk));
        assertEquals(firstRun, Files.readAllLines(attempts), "the second run tried again");
        assertEquals(List.of(), archives(cache));
        try (Stream<Path> files = Files.list(cache.resolve("influx-auth"))) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".failed")).count());
        }
    }

    @Test
    void archiveOffRunsWithoutMakingOne() throws Exception {
        Path cache = dir.resolve("cache");
        Result r = launch(LAUNCHER, cache, "off");
        assertEquals(new Result(0, expected, ""), r);
        assertFalse(Files.exists(cache.resolve("influx-auth")), "an archive was made with INFLUX_AUTH_ARCHIVE=off");
    }

    /** bin/influx-auth and what the build writes beside the jar, laid out as a distribution (lib/). */
    private Path copyOfTheInstallation(String name) throws IOException {
        Path home = dir.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.copy(LAUNCHER, home.resolve("bin/influx-auth"));
        for (String file : List.of("influx-auth.jar", "influx-auth.jar.sha256", "influx-auth.classlist")) {
            Files.copy(
                    Processes.PROJECT.resolve("target").resolve(file),
                    home.resolve("lib").resolve(file));
        }
        return home;
    }

    private void assertPlainRun(Path launcher, Path cache) throws Exception {
        assertEquals(new Result(0, expected, ""), launch(launcher, cache, null));
    }

    private Result launch(Path launcher, Path cache, String archiveSetting) throws Exception {
        return launch(launcher, cache, archiveSetting, Path.of(System.getProperty("java.home")));
    }

    private Result launch(Path launcher, Path cache, String archiveSetting, Path javaHome) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "list", "--host", host)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        Processes.clean(pb.environment());
        pb.environment().put("INFLUX_TOKEN", FakeInfluxServer.TOKEN);
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().put("JAVA_HOME", javaHome.toString());
        if (archiveSetting != null) {
            pb.environment().put("INFLUX_AUTH_ARCHIVE", archiveSetting);
        }
        Process p = pb.start();
        if (!p.waitFor(Processes.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            Processes.destroyTree(p);
            throw new AssertionError("launcher did not finish");
        }
        // The first run leaves the archive to a background job: wait for it before looking.
        Processes.awaitArchiveMaker(cache);
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** What a run or a maker may leave only while it works: temporary files and locks. */
    private static List<Path> leftovers(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("influx-auth"))) {
            return files.filter(
                            p -> p.toString().contains(".tmp") || p.toString().endsWith(".lock"))
                    .toList();
        }
    }

    private static Path onlyArchive(Path cache) throws IOException {
        List<Path> found = archives(cache);
        assertEquals(1, found.size(), "archives in " + cache + ": " + found);
        return found.get(0);
    }

    /** The archives (not their use marks nor failure marks) in the cache. */
    private static List<Path> archives(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("influx-auth"))) {
            return files.filter(
                            p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot"))
                    .sorted()
                    .toList();
        }
    }
}
