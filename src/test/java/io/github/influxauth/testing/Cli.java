package io.github.influxauth.testing;

import io.github.influxauth.Main;
import io.github.influxauth.config.Environment;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

    private final Map<String, String> env = new HashMap<>();
    private Path home;
    private String stdin = "";

    /** An environment with no variables and a home directory that holds nothing. */
    public Cli(Path home) {
        this.home = home;
    }

    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Cli stdin(String text) {
        this.stdin = text;
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(env, home,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine cmd = Main.newCommandLine(environment);
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
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--token") || args[i].equals("-t")) && i + 1 < args.length) {
                tokens.add(args[i + 1]);
            } else if (args[i].startsWith("--token=")) {
                tokens.add(args[i].substring("--token=".length()));
            }
        }
        if (env.get("INFLUX_TOKEN") != null) {
            tokens.add(env.get("INFLUX_TOKEN"));
        }
        if (!stdin.isBlank()) {
            tokens.add(stdin.strip());
        }
        return tokens;
    }

    /** Whether the output legitimately carries server token values (SPEC 6). */
    private boolean showsTokens(String[] args) {
        List<String> a = List.of(args);
        for (int i = 0; i < args.length; i++) {
            String format = args[i].equals("--format") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--format=") ? args[i].substring("--format=".length()) : null;
            if (format != null && List.of("json", "ndjson", "csv").contains(format.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        String jsonEnv = env.getOrDefault("INFLUX_OUTPUT_JSON", "").strip().toLowerCase(Locale.ROOT);
        return a.contains("--show-tokens") || a.contains("--json") || List.of("true", "1", "yes").contains(jsonEnv);
    }
}
