package io.github.influxauth.cli;

import io.github.influxauth.api.TokenSources;
import io.github.influxauth.config.Environment;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The command tree with its error handling, and a run of it as {@code main} makes one. */
public final class Commands {

    private Commands() {}

    /** The command tree; tests set out, err and the environment. */
    public static CommandLine newCommandLine(Environment environment) {
        ErrorHandler errors = new ErrorHandler();
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        return new CommandLine(new RootCommand(environment))
                .setCaseInsensitiveEnumValuesAllowed(true)
                // @FILE would read any file into the arguments, and a usage error would quote its lines:
                // the tokens of a configs file among them. Tokens come from --token-file.
                .setExpandAtFiles(false)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setExecutionStrategy(parseResult -> {
                    // -hide-headers parses as -h (help, exit 0) and more: refuse before help is printed.
                    String[] args = parseResult.originalArgs().toArray(new String[0]);
                    Report singleDash = UsageErrors.singleDashLongOption(args, parseResult.commandSpec());
                    if (singleDash != null) {
                        throw new CommandLine.ParameterException(parseResult.commandSpec().commandLine(),
                                singleDash.error());
                    }
                    return runLast.execute(parseResult);
                });
    }

    /** Runs the command line to its exit code, writing to {@code out} and {@code err}. */
    public static int run(String[] args, Environment environment, PrintWriter out, PrintWriter err) {
        // Most runs send a request: its set-up starts on another core while the arguments are parsed.
        TokenSources.warmUpInBackground();
        CommandLine cmd = newCommandLine(environment);
        cmd.setOut(out);
        cmd.setErr(err);
        int exitCode = cmd.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }
}
