package io.github.influxauth.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a program as a separate process, from {@code /} unless told otherwise, and collects what it printed. */
public final class Processes {

    private Processes() {}

    public static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        return run(command, env, File.listRoots()[0]);
    }

    public static Result run(List<String> command, Map<String, String> env, File directory)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(directory).redirectInput(ProcessBuilder.Redirect.PIPE);
        // The machine's own InfluxDB settings must not leak into a test run.
        pb.environment().keySet().removeIf(name -> name.startsWith("INFLUX_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        // Both streams drained at once, so a chatty process never blocks on a full pipe.
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish within 120 s: " + command);
        }
        return new Result(p.exitValue(), out, err.join());
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
