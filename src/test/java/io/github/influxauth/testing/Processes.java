package io.github.influxauth.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs a program as a separate process, from {@code /} unless told otherwise, and collects what it
 * printed. The child never sees the machine's own InfluxDB settings nor the developer's cache: unless
 * the test names another, {@code XDG_CACHE_HOME} is {@link #SHARED_CACHE}, so the launcher's archives
 * go to {@code target/} and one made by an earlier test serves the next.
 */
public final class Processes {

    /** The project's directory: set by surefire and failsafe, else found by walking up to the pom. */
    public static final Path PROJECT = projectDir();

    /** The cache directory every process test shares, unless it tests the cache itself. */
    public static final Path SHARED_CACHE = PROJECT.resolve("target/it-cache");

    /** How long a child may run before it is killed, with its children, and the test fails. */
    public static final Duration TIMEOUT = Duration.ofSeconds(120);

    private Processes() {}

    public static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        return run(command, env, File.listRoots()[0]);
    }

    public static Result run(List<String> command, Map<String, String> env, File directory)
            throws IOException, InterruptedException {
        ProcessBuilder pb =
                new ProcessBuilder(command).directory(directory).redirectInput(ProcessBuilder.Redirect.PIPE);
        clean(pb.environment());
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        // Both streams drained in the background, so a chatty process never blocks on a full pipe and
        // the wait below can time out even when the child never closes its output.
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            destroyTree(p);
            throw new AssertionError("did not finish within " + TIMEOUT.toSeconds() + " s: " + command
                    + "\n--- stdout so far\n" + out.getNow("") + "--- stderr so far\n" + err.getNow(""));
        }
        // The child is gone; a grandchild that kept its stdout open (a background job that did not
        // close it) would keep the streams from ending: give them a little while, then stop waiting.
        try {
            return new Result(p.exitValue(), out.get(30, TimeUnit.SECONDS), err.get(30, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            destroyTree(p);
            throw new AssertionError(
                    "the output of " + command + " was still open 30 s after it ended:"
                            + " a process it started kept it",
                    e);
        } catch (ExecutionException e) {
            throw new UncheckedIOException(new IOException("reading the output of " + command, e.getCause()));
        }
    }

    /**
     * What every process test removes from, and sets in, the child's environment: no
     * {@code INFLUX_*} or {@code JAVA_OPTS} of the developer's, and the shared cache directory.
     */
    public static void clean(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("INFLUX_") || name.startsWith("INFLUXDB3_"));
        environment.remove("JAVA_OPTS");
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.put("XDG_CACHE_HOME", SHARED_CACHE.toString());
    }

    /** Kills a process and every process it started. */
    public static void destroyTree(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    /**
     * Waits until no launcher is making an archive in {@code cacheHome}'s {@code influx-auth}
     * directory (the first run leaves that to a background job), so a test can look at what it made.
     */
    public static void awaitArchiveMaker(Path cacheHome) throws IOException, InterruptedException {
        Path dir = cacheHome.resolve("influx-auth");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                if (files.noneMatch(f -> f.getFileName().toString().endsWith(".lock"))) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "the launcher's archive maker did not finish within " + TIMEOUT.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path projectDir() {
        String dir = System.getProperty("project.basedir");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir).toAbsolutePath();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isRegularFile(p.resolve("bin/influx-auth"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the project's directory: no pom.xml above "
                + Path.of("").toAbsolutePath());
    }

    /** Whether {@code name} is a program on this machine's PATH. */
    public static boolean onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, name).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
