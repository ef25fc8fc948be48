package io.github.influxauth.testing;

import io.github.influxauth.Main;
import io.github.influxauth.config.Environment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import picocli.CommandLine;

/**
 * The build's training run for the launcher's class-data archives (SPEC section 8), run by the
 * {@code package} phase after the jar is shaded: {@code ArchiveTraining target/influx-auth.jar}.
 *
 * <p>Writes beside the jar:
 * <ul>
 *   <li>{@code influx-auth.jar.sha256}: the jar's hash, which keys the archives, so the launcher
 *       needn't hash the jar on every run;</li>
 *   <li>{@code influx-auth.classlist}: every class that {@code list}, {@code get}, each format, the
 *       help and the usual errors load, as the JVM's {@code -XX:DumpLoadedClassList} writes it. The
 *       launcher makes an archive from it once per JDK ({@code -Xshare:dump}).</li>
 * </ul>
 *
 * <p>The commands run in one JVM against an in-process {@link FakeInfluxServer}, so the list holds
 * test classes too; they are dropped, keeping only the JDK's and the jar's. A failure here only
 * costs start-up time later, so it never fails the build: it says why on stderr and exits 0.
 */
public final class ArchiveTraining {

    private static final long TRAINING_TIMEOUT_SECONDS = 120;

    private ArchiveTraining() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--train")) {
            train(Path.of(args[1]));
            return;
        }
        Path jar = Path.of(args[0]);
        try {
            writeHash(jar);
            writeClassList(jar);
        } catch (Exception | LinkageError e) {
            System.err.println("warning: no class list for the start-up archive (" + e
                    + "); influx-auth works, only starts slower");
        }
    }

    private static void writeHash(Path jar) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(jar)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
            }
        }
        Files.writeString(sibling(jar, ".jar.sha256"),
                HexFormat.of().formatHex(sha256.digest()) + "  " + jar.getFileName() + "\n");
    }

    /** Runs the training in a child JVM that records the classes it loads, then keeps the jar's and the JDK's. */
    private static void writeClassList(Path jar) throws IOException, InterruptedException {
        Path raw = sibling(jar, ".classlist.raw");
        Path log = sibling(jar, ".classlist.log");
        Files.deleteIfExists(raw);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:DumpLoadedClassList=" + raw,
                "-cp", System.getProperty("java.class.path"), ArchiveTraining.class.getName(), "--train",
                Files.createTempDirectory("influx-auth-training").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("the training run took over " + TRAINING_TIMEOUT_SECONDS + " s; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new IOException("the training run failed (exit " + p.exitValue() + "); see " + log);
        }
        Set<String> inJar;
        try (JarFile jf = new JarFile(jar.toFile())) {
            inJar = jf.stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .collect(Collectors.toSet());
        }
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(raw)) {
            if (keep(line, inJar)) {
                kept.add(line);
            }
        }
        Files.write(sibling(jar, ".classlist"), kept);
        Files.delete(raw);
    }

    /**
     * A class-list line names a class first ({@code a/b/C id: 12}), or is an {@code @} directive whose
     * class comes after it; lambda proxies name their host class. Keeps the JDK's and the jar's.
     */
    static boolean keep(String line, Set<String> inJar) {
        if (line.startsWith("#") || line.isBlank()) {
            return true;
        }
        String[] words = line.split(" ");
        String name;
        if (line.startsWith("@lambda-proxy")) {
            name = words.length > 1 ? words[1] : "";
        } else if (line.startsWith("@")) {
            return true;
        } else {
            name = words[0];
        }
        return inJar.contains(name) || isJdk(name);
    }

    private static boolean isJdk(String name) {
        return name.startsWith("java/") || name.startsWith("javax/") || name.startsWith("jdk/")
                || name.startsWith("sun/") || name.startsWith("com/sun/");
    }

    /** What a user's runs load: every command and format, the help, the usual errors, v2 and InfluxDB 3. */
    static void train(Path home) throws IOException {
        FakeInfluxServer fake = FakeInfluxServer.withContractExamples();
        try (MockWebServer server = fake.start()) {
            String host = server.url("/").toString();
            String id = "0d47b4f0c2e6a000";
            String[][] runs = {
                {"list"},
                {"list", "--format", "json"},
                {"list", "--format", "ndjson"},
                {"list", "--format", "csv"},
                {"list", "--json"},
                {"list", "--user", "iot_user_1", "--status", "active", "--permission", "write"},
                {"list", "--description", "telegraf", "--sort", "created", "--limit", "2", "--show-tokens"},
                {"ls", "--can", "write:buckets/telegraf", "--org-id", "5f1c2d3e4a6b7c80"},
                {"auth", "list", "--hide-headers"},
                {"get", id},
                {"get", id, "--json"},
                {"get", id, "--format", "csv"},
                {"get", "ffffffffffffffff"},
                {"get", "not-an-id"},
                {"list", "--bogus-option"},
                {"--help"},
                {"list", "--help"},
                {"--version"},
            };
            for (String[] run : runs) {
                run(home, host, FakeInfluxServer.TOKEN, run);
            }
            run(home, host, "wrong-token", "list");
            // Connection from the influx CLI's configs file, as most users have it.
            Path configs = Files.writeString(home.resolve("configs"), "[default]\n  url = \"" + host
                    + "\"\n  token = \"" + FakeInfluxServer.TOKEN + "\"\n  org = \"my-org\"\n  active = true\n");
            run(new Environment(Map.of("INFLUX_CONFIGS_PATH", configs.toString()), home,
                    new ByteArrayInputStream(new byte[0])), "list");
            run(home, "http://127.0.0.1:1/", FakeInfluxServer.TOKEN, "list");
        }
        // InfluxDB 3, reached as the influxdb3 CLI's users reach it, and found out from the v2 answer.
        try (MockWebServer server = FakeInfluxDb3.enterprise().start()) {
            String host = server.url("/").toString();
            Map<String, String> v3 = Map.of("INFLUXDB3_HOST_URL", host, "INFLUXDB3_AUTH_TOKEN", FakeInfluxDb3.adminToken());
            for (String[] args : new String[][] {
                {"list"}, {"list", "--format", "csv"}, {"list", "--format", "ndjson", "--expired"},
                {"list", "--can", "write:db/sensors", "--sort", "expiry"}, {"get", "sensors-rw"},
            }) {
                run(new Environment(v3, home, new ByteArrayInputStream(new byte[0])), args);
            }
            run(home, host, FakeInfluxDb3.adminToken(), "list");
        }
    }

    private static void run(Path home, String host, String token, String... args) {
        run(new Environment(Map.of("INFLUX_HOST", host, "INFLUX_TOKEN", token), home,
                new ByteArrayInputStream(new byte[0])), args);
    }

    private static void run(Environment env, String... args) {
        CommandLine cmd = Main.newCommandLine(env);
        // Written the way Main writes, to nowhere.
        cmd.setOut(new PrintWriter(new java.io.OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8)));
        cmd.setErr(new PrintWriter(new java.io.OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8)));
        try {
            cmd.execute(args);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("training run " + String.join(" ", args) + " threw", e));
        }
    }

    private static Path sibling(Path jar, String suffix) {
        String name = jar.getFileName().toString();
        String base = name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
        return jar.resolveSibling(base + suffix);
    }
}
