package io.github.influxauth.testing;

import io.github.influxauth.cli.Commands;
import io.github.influxauth.config.Environment;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * Runs the real command tree in process with an injected environment, capturing exit code, stdout
 * and stderr. Every run is checked for leaked tokens ({@link Secrets}): none on stderr or in an
 * exception, a caller's token never on stdout, and a server's token on stdout only in the formats
 * that print token values.
 */
public final class Cli {

    /**
     * The moment every run takes for now, unless told otherwise: fixed, so that which InfluxDB 3
     * token has expired never changes with the day the tests run.
     */
    public static final Instant NOW = Instant.parse("2026-09-01T00:00:00Z");

    private final Map<String, String> env = new HashMap<>();
    private final List<String> secrets = new ArrayList<>();
    private Path home;
    private String stdin = "";
    private Instant now = NOW;

    /** An environment with no variables and a home directory that holds nothing. */
    public Cli(Path home) {
        this.home = home;
    }

    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** A token the tool sends that the environment and the arguments do not show: one from a configs file. */
    public Cli secret(String token) {
        secrets.add(token);
        return this;
    }

    public Cli now(Instant instant) {
        this.now = instant;
        return this;
    }

    public Cli stdin(String text) {
        this.stdin = text;
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(
                env,
                home,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                Clock.fixed(now, ZoneOffset.UTC));
        CommandLine cmd = Commands.newCommandLine(environment);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        List<Throwable> thrown = new ArrayList<>();
        CommandLine.IExecutionExceptionHandler handler = cmd.getExecutionExceptionHandler();
        cmd.setExecutionExceptionHandler((e, c, p) -> {
            thrown.add(e);
            return handler.handleExecutionException(e, c, p);
        });
        int code = cmd.execute(args);
        Result result = new Result(code, out.toString(), err.toString());
        checkNoLeak(result, thrown, args);
        return result;
    }

    private void checkNoLeak(Result result, List<Throwable> thrown, String[] args) {
        Set<String> server = Secrets.serverTokens();
        Set<String> all = new HashSet<>(server);
        Set<String> callers = new HashSet<>(callerTokens(args));
        all.addAll(callers);
        callers.removeAll(server);
        Secrets.assertAbsent("stderr", result.err(), all);
        EncodedSecrets.assertAbsent("stderr", result.err(), all, callers);
        for (Throwable e : thrown) {
            for (String message : Secrets.messages(e)) {
                Secrets.assertAbsent("an exception message", message, all);
                EncodedSecrets.assertAbsent("an exception message", message, all, callers);
            }
        }
        Secrets.assertAbsent("stdout", result.out(), showsTokens(args) ? callers : all);
    }

    private List<String> callerTokens(String[] args) {
        List<String> tokens = new ArrayList<>(List.of(FakeInfluxServer.TOKEN));
        tokens.addAll(secrets);
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--token") || args[i].equals("-t")) && i + 1 < args.length) {
                tokens.add(args[i + 1]);
            } else if (args[i].startsWith("--token=")) {
                tokens.add(args[i].substring("--token=".length()));
            }
        }
        for (String variable : List.of("INFLUX_TOKEN", "INFLUXDB3_AUTH_TOKEN")) {
            if (env.get(variable) != null) {
                tokens.add(env.get(variable));
            }
        }
        if (!stdin.isBlank()) {
            tokens.add(stdin.strip());
        }
        return tokens;
    }

    /** Whether the output legitimately carries server token values: every format masks them unless --show-tokens. */
    private boolean showsTokens(String[] args) {
        return List.of(args).contains("--show-tokens");
    }
}
