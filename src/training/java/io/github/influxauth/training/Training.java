package io.github.influxauth.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The build's training run for the launcher's class-data archives (docs/LAUNCHER.md), run by the
 * {@code package} phase after the jar is shaded:
 *
 * <pre>Training JAR</pre>
 *
 * writes beside the jar {@code influx-auth.jar.sha256} (the jar's hash, which keys the archives, so
 * the launcher needn't hash the jar on every run) and {@code influx-auth.classlist}: every class that
 * the usual commands load, as the JVM's {@code -XX:DumpLoadedClassList} writes it. The launcher makes
 * its archive from that list once per JDK.
 *
 * <p>Each command runs as the user runs it: {@code java -jar influx-auth.jar ARGS}, a JVM of its own,
 * against {@link TrainingServer} over http and https. So the list holds only the JDK's and the jar's
 * classes, exactly those a real run loads, and the training depends on the command line alone, not
 * on the program's internals. This source set ({@code src/training/java}) is no test code and no part
 * of the jar.
 */
public final class Training {

    /** The JVM options of bin/influx-auth that change what a run loads. */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData");

    private static final long RUN_TIMEOUT_SECONDS = 60;

    private Training() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: Training JAR");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        writeHash(jar);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> list = classList(java, jar);
        Files.write(sibling(jar, ".classlist"), list, StandardCharsets.UTF_8);
        System.out.println("[training] " + list.size() + " lines in " + sibling(jar, ".classlist"));
    }

    /** Writes {@code JAR.sha256} as sha256sum does. */
    static void writeHash(Path jar) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(jar)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
            }
        }
        Files.writeString(
                jar.resolveSibling(jar.getFileName() + ".sha256"),
                HexFormat.of().formatHex(sha256.digest()) + "  " + jar.getFileName() + "\n");
    }

    /**
     * Runs every training command with {@code java}, each recording what it loads, and returns the
     * lists merged: class lists number their classes ({@code id: 12}), so ids are dropped and each
     * line kept once. Threads load classes in an order that varies from run to run, so the merged
     * list is sorted (comments, then classes, then {@code @} directives), and one build gives the
     * same list as the next.
     */
    static List<String> classList(Path java, Path jar) throws Exception {
        Path work = Files.createTempDirectory("influx-auth-training");
        try (TrainingServer server = TrainingServer.start(work)) {
            List<List<String>> runs = runs(server, work);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Path>> lists = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                int n = i;
                lists.add(pool.submit(() -> run(java, jar, work, n, runs.get(n), server)));
            }
            pool.shutdown();
            Set<String> comments = new LinkedHashSet<>();
            Set<String> classes = new TreeSet<>();
            Set<String> directives = new TreeSet<>();
            for (Future<Path> list : lists) {
                for (String line : Files.readAllLines(list.get(), StandardCharsets.UTF_8)) {
                    String entry = line.replaceFirst(" id: [0-9]+$", "");
                    if (entry.startsWith("#")) {
                        comments.add(entry);
                    } else if (entry.startsWith("@")) {
                        directives.add(entry);
                    } else if (!entry.isBlank()) {
                        classes.add(entry);
                    }
                }
            }
            List<String> merged = new ArrayList<>(comments);
            merged.addAll(classes);
            merged.addAll(directives);
            return merged;
        } finally {
            deleteTree(work);
        }
    }

    /** What users run: every command and format, filters, help, the usual errors, http and https. */
    private static List<List<String>> runs(TrainingServer server, Path work) throws IOException {
        String id = TrainingServer.TOKEN_ID;
        List<List<String>> runs = new ArrayList<>();
        for (String[] run : new String[][] {
            {"list"},
            {"list", "--format", "json"},
            {"list", "--format", "ndjson"},
            {"list", "--format", "csv"},
            {"list", "--format", "detail"},
            {"list", "--json", "--hide-headers"},
            {"list", "--user", "iot_user_1", "--status", "active", "--permission", "write"},
            {"list", "--description", "监控", "--sort", "created", "--limit", "2", "--show-tokens"},
            {"ls", "--can", "write:buckets/telegraf"},
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
            {"completion", "bash"},
            {"audit"},
            {"audit", "--format", "json", "--fail-on", "critical"},
            // InfluxDB 3's query of system.tokens, in each format and with its own filters.
            {"list", "--api", "v3"},
            {"list", "--api", "v3", "--format", "csv", "--expired"},
            {"list", "--api", "v3", "--format", "ndjson", "--can", "write:db/sensors", "--sort", "expiry"},
            {"get", "sensors-rw", "--api", "v3"},
        }) {
            runs.add(withHost(server.http(), run));
        }
        runs.add(List.of("list", "--host", server.http(), "--token", "wrong-token"));
        runs.add(List.of("list", "--host", "http://127.0.0.1:1/"));
        // https, with the CA given as users of a private CA do; and without it (the TLS error).
        Path ca = work.resolve("ca.pem");
        runs.add(List.of("list", "--host", server.https(), "--ca-cert", ca.toString()));
        runs.add(List.of("get", id, "--host", server.https(), "--ca-cert", ca.toString(), "--format", "json"));
        runs.add(List.of("list", "--host", server.https()));
        // Connection from the influx CLI's configs file, as most users have it (HOME is the work directory),
        // and every server of it at once.
        runs.add(List.of("list", "--format", "ndjson"));
        runs.add(List.of("list", "--all-configs"));
        runs.add(List.of("audit", "--all-configs", "--format", "csv"));
        return runs;
    }

    private static List<String> withHost(String host, String... args) {
        List<String> run = new ArrayList<>(List.of(args));
        run.addAll(List.of("--host", host));
        return run;
    }

    private static Path run(Path java, Path jar, Path work, int n, List<String> args, TrainingServer server)
            throws IOException, InterruptedException {
        Path list = work.resolve(n + ".classlist");
        Path log = work.resolve(n + ".log");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-XX:DumpLoadedClassList=" + list);
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.keySet()
                .removeIf(k ->
                        k.startsWith("INFLUX") || k.startsWith("JAVA_") || k.startsWith("LC_") || k.equals("LANG"));
        env.put("HOME", work.toString());
        env.put("XDG_CACHE_HOME", work.resolve("cache").toString());
        env.put("LC_ALL", "C.UTF-8");
        if (args.contains("--host")) {
            if (!args.contains("--token")) {
                env.put("INFLUX_TOKEN", TrainingServer.TOKEN);
            }
        } else {
            // Host and token from the configs file.
            env.put("INFLUX_CONFIGS_PATH", server.configsFile().toString());
        }
        Process p = pb.start();
        if (!p.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("training run " + args + " took over " + RUN_TIMEOUT_SECONDS + " s; see " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        // Errors are expected of some runs (exit 1-4); a crash, a stack trace or no class list is not.
        if (p.exitValue() > 5 || output.contains("\tat ") || !Files.exists(list)) {
            throw new IOException("training run " + args + " failed (exit " + p.exitValue() + "):\n" + output);
        }
        return list;
    }

    private static Path sibling(Path jar, String suffix) {
        String name = jar.getFileName().toString();
        String base = name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
        return jar.resolveSibling(base + suffix);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
