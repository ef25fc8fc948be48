package io.github.influxauth.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.Archives;
import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.Processes;
import io.github.influxauth.testing.Result;
import io.github.influxauth.testing.TestCertificates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux x64 archive with its own runtime, unpacked and run as a user with no Java at all would:
 * through a symlink, from {@code /}, with no {@code JAVA_HOME} and a {@code PATH} that holds no java,
 * an empty HOME and cache. It prints exactly what the command tree prints, over http and https, and
 * writes nothing anywhere.
 */
class BundledRuntimeIT {

    static final String VERSION = System.getProperty("project.version");
    static final String NAME = "influx-auth-" + VERSION + "-linux-x64";
    static final Path TAR_GZ = Processes.PROJECT.resolve("target/" + NAME + ".tar.gz");

    @TempDir
    Path dir;

    Path unpacked;
    /** Whether the archive carries a class-data archive made at build time (a runtime of JDK 20+). */
    boolean buildTimeArchive;

    Path pathDir;
    Path home;
    Path cache;

    @BeforeEach
    void unpack() throws Exception {
        Assumptions.assumeTrue(
                Files.exists(TAR_GZ),
                TAR_GZ + " was not built here (no JDK that can link a runtime,"
                        + " or not Linux x64); the build said why");
        Path target = Files.createDirectories(dir.resolve("opt"));
        Result r = Processes.run(List.of("tar", "-xzf", TAR_GZ.toString(), "-C", target.toString()), Map.of());
        assertEquals(0, r.exitCode(), r::toString);
        unpacked = target.resolve(NAME);
        buildTimeArchive = Files.exists(unpacked.resolve("lib/influx-auth.aot"))
                || Files.exists(unpacked.resolve("lib/influx-auth.jsa"));
        if (runtimeMajor() >= 20) {
            assertTrue(buildTimeArchive, "a runtime of JDK 20 or newer gets its archive at build time");
        }
        // A PATH with the launcher and the two tools it runs to follow a symlink, and no java.
        pathDir = Files.createDirectories(dir.resolve("path"));
        Files.createSymbolicLink(pathDir.resolve("influx-auth"), unpacked.resolve("bin/influx-auth"));
        for (String tool : List.of("ls", "sed")) {
            Path wrapper = Files.writeString(
                    pathDir.resolve(tool),
                    "#!/bin/sh\nexec " + Path.of("/bin", tool).toRealPath() + " \"$@\"\n");
            assertTrue(wrapper.toFile().setExecutable(true));
        }
        home = Files.createDirectories(dir.resolve("home-ĥ"));
        cache = Files.createDirectories(dir.resolve("cache"));
    }

    /**
     * {@code influx-auth ARGS} under LANG=C, found through the stripped PATH: env(1), called by its
     * path, looks the launcher up in the PATH it is given.
     */
    private Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of("/usr/bin/env", "-u", "JAVA_HOME", "-u", "LC_ALL", "-u", "LC_CTYPE", "LANG=C", "influx-auth"));
        command.addAll(List.of(args));
        Map<String, String> env = new HashMap<>();
        env.put("PATH", pathDir.toString());
        env.put("HOME", home.toString());
        env.put("XDG_CACHE_HOME", cache.toString());
        env.put("INFLUX_TOKEN", FakeInfluxServer.TOKEN);
        return Processes.run(command, env);
    }

    private Result inProcess(String... args) {
        Result r = new Cli(dir).env("INFLUX_TOKEN", FakeInfluxServer.TOKEN).run(args);
        assertEquals(0, r.exitCode(), r::toString);
        return r;
    }

    @Test
    void holdsARuntimeItsArchiveTheJarAndTheNotices() throws IOException {
        Map<String, Archives.Entry> entries = Archives.tarGz(TAR_GZ);
        String base = NAME + "/";
        assertTrue(entries.get(base + "runtime/bin/java").executable(), "runtime/bin/java is not executable");
        assertTrue(entries.get(base + "bin/influx-auth").executable(), "bin/influx-auth is not executable");
        assertTrue(entries.containsKey(base + "lib/influx-auth.jar"), entries.keySet()::toString);
        assertTrue(
                entries.containsKey(base + "lib/influx-auth.aot")
                        || entries.containsKey(base + "lib/influx-auth.jsa")
                        || entries.containsKey(base + "lib/influx-auth.classlist"),
                "neither a class-data archive nor a class list in lib/");
        assertTrue(entries.containsKey(base + "THIRD-PARTY.txt"), "no third-party notices");
        assertTrue(entries.containsKey(base + "LICENSE"), "no LICENSE");
        for (String name : entries.keySet()) {
            assertTrue(name.startsWith(base), name + " is outside " + base);
            assertTrue(
                    !name.contains("/jmods/") && !name.contains("/include/") && !name.startsWith(base + "runtime/man/"),
                    "the runtime carries what a program never needs: " + name);
        }
    }

    @Test
    void listsOverHttpWithNoJavaInstalledAndWritesNothing() throws Exception {
        try (MockWebServer server = FakeInfluxServer.withContractExamples().start()) {
            String host = server.url("/").toString();
            Result r = run("list", "--host", host);
            assertEquals(new Result(0, inProcess("list", "--host", host).out(), ""), r);
            Result json = run("get", "0d47b4f0c2e6a000", "--host", host, "--json");
            assertEquals(
                    new Result(
                            0,
                            inProcess("get", "0d47b4f0c2e6a000", "--host", host, "--json")
                                    .out(),
                            ""),
                    json);
        }
        assertNothingWritten();
    }

    /**
     * With a build-time archive, nothing is written anywhere. A runtime older than JDK 20 cannot map
     * an archive made elsewhere, so its launcher makes one in the cache, as for the plain archive.
     */
    private void assertNothingWritten() throws Exception {
        if (buildTimeArchive) {
            assertEquals(List.of(), filesIn(cache), "written to the cache");
        } else {
            Processes.awaitArchiveMaker(cache);
        }
        assertEquals(List.of(), filesIn(home), "written to HOME");
    }

    private int runtimeMajor() throws IOException {
        for (String line : Files.readAllLines(unpacked.resolve("runtime/release"), StandardCharsets.UTF_8)) {
            if (line.startsWith("JAVA_VERSION=")) {
                return Integer.parseInt(line.substring("JAVA_VERSION=".length())
                        .replace("\"", "")
                        .split("[.+-]")[0]);
            }
        }
        return 0;
    }

    @Test
    void runsTheBundledRuntimeNotAnotherJava() throws Exception {
        String runtimeVersion = null;
        for (String line : Files.readAllLines(unpacked.resolve("runtime/release"), StandardCharsets.UTF_8)) {
            if (line.startsWith("JAVA_VERSION=")) {
                runtimeVersion = line.substring("JAVA_VERSION=".length()).replace("\"", "");
            }
        }
        Result r = run("--version");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err(), r::toString);
        assertEquals("influx-auth " + VERSION, r.out().lines().findFirst().orElse(""));
        assertTrue(
                r.out().lines().skip(1).findFirst().orElse("").startsWith("Java " + runtimeVersion + " "), r::toString);
    }

    /** The archive made at build time maps where the user unpacked it (the JVM refuses it, with these options, otherwise). */
    @Test
    void theBuildTimeArchiveMapsFromWhereverTheArchiveIsUnpacked() throws Exception {
        Assumptions.assumeTrue(buildTimeArchive, "a runtime older than JDK 20 has no build-time archive");
        Path java = unpacked.resolve("runtime/bin/java");
        Path aot = unpacked.resolve("lib/influx-auth.aot");
        List<String> command = Files.exists(aot)
                ? List.of(java.toString(), "-XX:AOTMode=on", "-XX:AOTCache=" + aot)
                : List.of(
                        java.toString(),
                        "-Xshare:on",
                        "-XX:SharedArchiveFile=" + unpacked.resolve("lib/influx-auth.jsa"));
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(
                "-Xlog:disable", "-jar", unpacked.resolve("lib/influx-auth.jar").toString(), "--version"));
        Result r = Processes.run(all, Map.of());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("influx-auth " + VERSION + "\n"), r::toString);
    }

    @Test
    void listsOverHttpsWithACaCertificate() throws Exception {
        Path caFile = Files.writeString(dir.resolve("ca.pem"), TestCertificates.CA.certificatePem());
        try (MockWebServer server = new MockWebServer()) {
            server.useHttps(TestCertificates.serving(TestCertificates.LOCALHOST).sslSocketFactory());
            server.setDispatcher(FakeInfluxServer.withContractExamples());
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);
            String host = server.url("/").toString();
            assertTrue(host.startsWith("https://"), host);
            Result r = run("list", "--host", host, "--ca-cert", caFile.toString());
            assertEquals(
                    new Result(
                            0,
                            inProcess("list", "--host", host, "--ca-cert", caFile.toString())
                                    .out(),
                            ""),
                    r);
            Result untrusted = run("list", "--host", host);
            assertEquals(1, untrusted.exitCode(), untrusted::toString);
            assertTrue(untrusted.err().startsWith("error: "), untrusted::toString);
            assertTrue(!untrusted.err().contains("\tat "), untrusted::toString);
        }
        assertNothingWritten();
    }

    @Test
    void nonAsciiArgumentsUnderLangC() throws Exception {
        try (MockWebServer server = FakeInfluxServer.withContractExamples().start()) {
            String host = server.url("/").toString();
            String[] args = {
                "list",
                "--host",
                host,
                "--configs-path",
                dir.resolve("nö-such-监控").toString(),
                "-c",
                "x"
            };
            Result r = run(args);
            Result expected =
                    new Cli(dir).env("INFLUX_TOKEN", FakeInfluxServer.TOKEN).run(args);
            assertEquals(new Result(expected.exitCode(), expected.out(), expected.err()), r);
            assertTrue(r.err().contains("nö-such-监控"), r::toString);
        }
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.equals(dir)).toList();
        }
    }
}
