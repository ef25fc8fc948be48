package io.github.influxauth;

import io.github.influxauth.api.InfluxClient;
import io.github.influxauth.cli.ErrorHandler;
import io.github.influxauth.cli.RootCommand;
import io.github.influxauth.config.Environment;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

public final class Main {

    private Main() {}

    public static void main(String[] args) {
        InfluxClient.warmUpInBackground();
        // UTF-8 whatever the locale: JSON and CSV consumers expect it, and '?' for every accent helps no one.
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        CommandLine cmd = newCommandLine(Environment.system());
        cmd.setOut(out);
        cmd.setErr(err);
        int exitCode = cmd.execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** The command tree with its error handling, as {@code main} runs it; tests set out, err and the environment. */
    public static CommandLine newCommandLine(Environment environment) {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new RootCommand(environment))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }
}
