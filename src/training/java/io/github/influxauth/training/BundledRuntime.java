package io.github.influxauth.training;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds {@code target/influx-auth-VERSION-linux-x64.tar.gz}: the plain distribution's files plus a
 * jlink runtime ({@code runtime/}) holding only the modules the program uses, and the class-data
 * archive made for that runtime from its own training run ({@code lib/influx-auth.aot} on JDK 25+,
 * {@code lib/influx-auth.jsa} before). bin/influx-auth uses both when present, so the archive needs no
 * Java, writes nothing to the user's cache, and has no slow first run. docs/LAUNCHER.md has the why.
 *
 * <pre>BundledRuntime TARGET_DIR VERSION OUTPUT_TIMESTAMP JDK...</pre>
 *
 * The first JDK given that can link a runtime (17 or newer, with jlink, and its jmods or a linkable
 * run-time image) is used; none: the archive is skipped with a message, and the build goes on.
 */
public final class BundledRuntime {

    /**
     * Modules jdeps names that the program never loads: Jackson's optional support for java.beans
     * annotations and java.sql types, which Jackson looks up by name and goes without, silently.
     */
    static final Set<String> UNUSED_MODULES = Set.of("java.desktop", "java.sql");

    /**
     * Modules jdeps cannot see: the EC and ECDH of TLS (in java.base since JDK 22, jdk.crypto.ec
     * before), and the character sets outside java.base, for consoles in other encodings.
     */
    static final List<String> SERVICE_MODULES = List.of("jdk.crypto.ec", "jdk.charsets");

    /** The first JDK whose JVM maps an archive after its jar has moved (JDK-8279366, in JDK 20). */
    static final int RELOCATABLE_ARCHIVES = 20;

    private BundledRuntime() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: BundledRuntime TARGET_DIR VERSION OUTPUT_TIMESTAMP JDK...");
            System.exit(2);
        }
        Path target = Path.of(args[0]).toAbsolutePath();
        String version = args[1];
        FileTime time = FileTime.from(parseTimestamp(args[2]));
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            System.out.println("[bundled-runtime] skipped: the bundled runtime is built on Linux x64 only, not " + os
                    + " " + arch);
            return;
        }
        Set<Path> jdks = new LinkedHashSet<>();
        for (int i = 3; i < args.length; i++) {
            if (!args[i].isBlank()) {
                jdks.add(Path.of(args[i]).toAbsolutePath().normalize());
            }
        }
        String name = "influx-auth-" + version + "-linux-x64";
        Path stage = target.resolve("linux-x64");
        Training.deleteTree(stage);
        Path base = stage.resolve(name);
        Path runtime = base.resolve("runtime");
        Path jar = target.resolve("influx-auth.jar");
        Jdk jdk = null;
        for (Path home : jdks) {
            Jdk candidate = Jdk.at(home);
            if (candidate == null) {
                System.out.println("[bundled-runtime] " + home + ": no JDK 17+ with jlink and jdeps there");
                continue;
            }
            Training.deleteTree(stage);
            Files.createDirectories(base);
            List<String> modules = candidate.modules(jar);
            Command link = Command.run(List.of(
                    candidate.tool("jlink"),
                    "--add-modules",
                    String.join(",", modules),
                    "--strip-debug",
                    "--no-header-files",
                    "--no-man-pages",
                    "--output",
                    runtime.toString()));
            if (link.exit() == 0) {
                jdk = candidate;
                System.out.println(
                        "[bundled-runtime] linked " + modules + " with JDK " + candidate.version() + " at " + home);
                break;
            }
            System.out.println(
                    "[bundled-runtime] " + home + ": jlink could not link a runtime (" + link.firstLine() + ")");
        }
        if (jdk == null) {
            Training.deleteTree(stage);
            System.out.println("[bundled-runtime] skipped: none of " + jdks
                    + " can link a runtime; set -Djlink.jdk=/path/to/jdk (17 or newer, 25 is best)");
            return;
        }

        layOut(target, base);
        // The archive records the jar's size and time; tar restores the time the archive gives every
        // entry, so the jar must have that time before the archive is made.
        setTimes(base, time);
        Path java = runtime.resolve("bin/java");
        Path stagedJar = base.resolve("lib/influx-auth.jar");
        List<String> classList = Training.classList(java, stagedJar);
        if (jdk.major() >= RELOCATABLE_ARCHIVES) {
            makeArchive(target, base, java, stagedJar, classList, jdk.major() >= 25);
        } else {
            // Before JDK 20 the JVM refuses an archive whose jar has moved ("shared class paths
            // mismatch"), and the user unpacks it anywhere: ship the class list instead, and the
            // launcher makes the archive on first use, as for the plain archive.
            Files.write(base.resolve("lib/influx-auth.classlist"), classList, StandardCharsets.UTF_8);
            Training.writeHash(stagedJar);
            System.out.println("[bundled-runtime] JDK " + jdk.version() + " cannot map an archive made elsewhere:"
                    + " none made at build time (the launcher makes one on first use); link with JDK "
                    + RELOCATABLE_ARCHIVES + "+ (-Djlink.jdk) for an archive that needs no first run");
        }
        setTimes(base, time);
        Path tarGz = target.resolve(name + ".tar.gz");
        TarGz.write(stage, name, tarGz, time);
        System.out.println("[bundled-runtime] " + tarGz + " (" + (Files.size(tarGz) >> 20) + " MB; runtime "
                + (sizeOf(runtime) >> 20) + " MB, lib/ " + (sizeOf(base.resolve("lib")) >> 20) + " MB)");
    }

    /** The plain distribution's files, from what the build made and the project holds. */
    private static void layOut(Path target, Path base) throws IOException {
        Path project = target.getParent();
        copy(project.resolve("bin/influx-auth"), base.resolve("bin/influx-auth"));
        copy(target.resolve("influx-auth.jar"), base.resolve("lib/influx-auth.jar"));
        copy(project.resolve("LICENSE"), base.resolve("LICENSE"));
        copy(project.resolve("README.md"), base.resolve("README.md"));
        copy(project.resolve("THIRD-PARTY.txt"), base.resolve("THIRD-PARTY.txt"));
        copyTree(project.resolve("licenses"), base.resolve("licenses"));
        copyTree(target.resolve("completions"), base.resolve("completions"));
        try (Stream<Path> pages = Files.list(target.resolve("man/man1"))) {
            for (Path page : (Iterable<Path>)
                    pages.filter(p -> p.toString().endsWith(".1")).sorted()::iterator) {
                copy(page, base.resolve("man/man1").resolve(page.getFileName().toString()));
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }

    private static void setTimes(Path dir, FileTime time) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!Files.isSymbolicLink(p)) {
                    Files.setLastModifiedTime(p, time);
                }
            }
        }
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    /**
     * The class-data archive made at build time: AOT cache on 25+, AppCDS before; the build maps it
     * from another place first, and refuses to ship one that the JVM would not map where the user
     * unpacks it.
     */
    private static void makeArchive(
            Path target, Path base, Path java, Path stagedJar, List<String> classList, boolean aot)
            throws IOException, InterruptedException {
        Path list = target.resolve("linux-x64.classlist");
        Files.write(list, classList, StandardCharsets.UTF_8);
        String archiveName = aot ? "lib/influx-auth.aot" : "lib/influx-auth.jsa";
        Path archive = base.resolve(archiveName);
        List<String> dump = new ArrayList<>(List.of(java.toString(), "-Xshare:dump"));
        if (aot) {
            dump.add("-XX:+AOTClassLinking");
        }
        dump.addAll(List.of(
                "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + archive, "-cp", stagedJar.toString()));
        Command made = Command.run(dump);
        if (made.exit() != 0 || !Files.isRegularFile(archive)) {
            throw new IOException("the runtime could not make its class-data archive:\n" + made.output());
        }
        Path elsewhere = Files.createTempDirectory("influx-auth-relocated");
        try {
            Path moved = elsewhere.resolve("moved");
            Command copy = Command.run(List.of("cp", "-a", base.toString(), moved.toString()));
            if (copy.exit() != 0) {
                throw new IOException("cannot copy " + base + ": " + copy.output());
            }
            Command check = Command.run(List.of(
                    moved.resolve("runtime/bin/java").toString(),
                    aot ? "-XX:AOTMode=on" : "-Xshare:on",
                    (aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + moved.resolve(archiveName),
                    "-Xlog:disable",
                    "-jar",
                    moved.resolve("lib/influx-auth.jar").toString(),
                    "--version"));
            if (check.exit() != 0) {
                throw new IOException(
                        "the runtime does not map the archive made for it once moved:\n" + check.output());
            }
        } finally {
            Training.deleteTree(elsewhere);
        }
    }

    /** project.build.outputTimestamp: ISO-8601 or seconds since the epoch. */
    static Instant parseTimestamp(String text) {
        if (text.matches("[0-9]+")) {
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        return OffsetDateTime.parse(text).toInstant();
    }

    /** A JDK found at a path, with its version from its release file. */
    record Jdk(Path home, String version, int major, Set<String> modules) {

        static Jdk at(Path home) throws IOException {
            Path release = home.resolve("release");
            if (!Files.isExecutable(home.resolve("bin/jlink"))
                    || !Files.isExecutable(home.resolve("bin/jdeps"))
                    || !Files.isRegularFile(release)) {
                return null;
            }
            String version = "";
            Set<String> modules = new TreeSet<>();
            for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                } else if (line.startsWith("MODULES=")) {
                    modules.addAll(List.of(line.substring("MODULES=".length())
                            .replace("\"", "")
                            .split(" ")));
                }
            }
            int major;
            try {
                major = Integer.parseInt(version.split("[.+-]")[0]);
            } catch (NumberFormatException e) {
                return null;
            }
            return major >= 17 ? new Jdk(home, version, major, modules) : null;
        }

        String tool(String name) {
            return home.resolve("bin").resolve(name).toString();
        }

        /** What jdeps finds the jar uses, less {@link #UNUSED_MODULES}, plus {@link #SERVICE_MODULES}. */
        List<String> modules(Path jar) throws IOException, InterruptedException {
            Command jdeps = Command.run(List.of(
                    tool("jdeps"),
                    "--multi-release",
                    Integer.toString(major),
                    "--ignore-missing-deps",
                    "-summary",
                    jar.toString()));
            if (jdeps.exit() != 0) {
                throw new IOException("jdeps failed:\n" + jdeps.output());
            }
            Set<String> found = new TreeSet<>();
            for (String line : jdeps.output().split("\n")) {
                int arrow = line.indexOf(" -> ");
                if (arrow > 0) {
                    String module = line.substring(arrow + 4).strip();
                    if (module.matches("[a-z][a-z0-9.]*") && !UNUSED_MODULES.contains(module)) {
                        found.add(module);
                    }
                }
            }
            if (!found.contains("java.base")) {
                throw new IOException("jdeps named no module at all:\n" + jdeps.output());
            }
            for (String module : SERVICE_MODULES) {
                if (modules.isEmpty() || modules.contains(module)) {
                    found.add(module);
                }
            }
            return new ArrayList<>(found);
        }
    }

    /** A finished process: its exit code and what it printed (both streams). */
    record Command(int exit, String output) {

        static Command run(List<String> command) throws IOException, InterruptedException {
            Path log = Files.createTempFile("influx-auth-bundle", ".log");
            try {
                Process p = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
                if (!p.waitFor(10, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new IOException("took over 10 minutes: " + command);
                }
                return new Command(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        }

        String firstLine() {
            return output.lines().findFirst().orElse("exit " + exit);
        }
    }

    /**
     * A .tar.gz of a directory: entries sorted by name, every time the build's timestamp, owner 0,
     * mode 0755 for executables and directories, else 0644; symbolic links kept. The same tree gives
     * the same bytes.
     */
    static final class TarGz {

        private TarGz() {}

        static void write(Path stage, String top, Path out, FileTime time) throws IOException {
            List<Path> entries;
            try (Stream<Path> files = Files.walk(stage.resolve(top))) {
                entries = files.sorted().toList();
            }
            try (OutputStream tar =
                    new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(out)), 1 << 16)) {
                for (Path p : entries) {
                    String name = stage.relativize(p).toString();
                    if (Files.isSymbolicLink(p)) {
                        header(
                                tar,
                                name,
                                0777,
                                0,
                                time,
                                '2',
                                Files.readSymbolicLink(p).toString());
                    } else if (Files.isDirectory(p)) {
                        header(tar, name + "/", 0755, 0, time, '5', "");
                    } else {
                        boolean executable =
                                Files.getPosixFilePermissions(p).contains(PosixFilePermission.OWNER_EXECUTE);
                        long size = Files.size(p);
                        header(tar, name, executable ? 0755 : 0644, size, time, '0', "");
                        Files.copy(p, tar);
                        tar.write(new byte[(int) ((512 - size % 512) % 512)]);
                    }
                }
                tar.write(new byte[1024]);
            }
        }

        private static void header(
                OutputStream tar, String name, int mode, long size, FileTime time, char type, String link)
                throws IOException {
            byte[] h = new byte[512];
            byte[] path = name.getBytes(StandardCharsets.UTF_8);
            String prefix = "";
            if (path.length > 100) {
                int slash = name.lastIndexOf('/', name.length() - 2);
                while (slash > 0
                        && (name.substring(slash + 1).getBytes(StandardCharsets.UTF_8).length > 100
                                || name.substring(0, slash).getBytes(StandardCharsets.UTF_8).length > 155)) {
                    slash = name.lastIndexOf('/', slash - 1);
                }
                if (slash <= 0) {
                    throw new IOException("path too long for a ustar header: " + name);
                }
                prefix = name.substring(0, slash);
                name = name.substring(slash + 1);
            }
            put(h, 0, 100, name);
            put(h, 100, 8, octal(mode, 7));
            put(h, 108, 8, octal(0, 7));
            put(h, 116, 8, octal(0, 7));
            put(h, 124, 12, octal(size, 11));
            put(h, 136, 12, octal(time.toMillis() / 1000, 11));
            java.util.Arrays.fill(h, 148, 156, (byte) ' ');
            h[156] = (byte) type;
            put(h, 157, 100, link);
            put(h, 257, 6, "ustar");
            put(h, 263, 2, "00");
            put(h, 265, 32, "root");
            put(h, 297, 32, "root");
            put(h, 345, 155, prefix);
            long sum = 0;
            for (byte b : h) {
                sum += b & 0xff;
            }
            put(h, 148, 8, octal(sum, 6) + "\0 ");
            tar.write(h);
        }

        private static String octal(long value, int digits) {
            String s = Long.toOctalString(value);
            if (s.length() > digits) {
                throw new IllegalArgumentException("too large for a tar header: " + value);
            }
            return "0".repeat(digits - s.length()) + s;
        }

        private static void put(byte[] header, int offset, int length, String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > length) {
                throw new IllegalArgumentException("too long for a tar header field: " + value);
            }
            System.arraycopy(bytes, 0, header, offset, bytes.length);
        }
    }
}
