package io.github.influxauth.cli;

import io.github.influxauth.api.TokenSources;
import io.github.influxauth.config.Environment;
import io.github.influxauth.failure.ExitCode;
import io.github.influxauth.failure.OutOfMemory;
import io.github.influxauth.failure.OutputFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The command tree with its error handling, and a run of it as {@code main} makes one. */
public final class Commands {

    private Commands() {}

    /** The whole command tree; tests set out, err and the environment. */
    public static CommandLine newCommandLine(Environment environment) {
        return configure(new CommandLine(new RootCommand.WithSubcommands(environment)));
    }

    /**
     * The command tree that {@code args} need. Picocli's model of a command, built from its annotations
     * by reflection, is most of a short run's start-up; so {@code list} and {@code get}, the runs users
     * repeat and script, get the root and their own command only, and any other run the whole tree.
     * Neither prints anything about the other commands, so the output is the same with either tree.
     */
    static CommandLine newCommandLine(Environment environment, String[] args) {
        CommandLine root = new CommandLine(new RootCommand(environment));
        String name = commandName(root.getCommandSpec(), args);
        if (isNamedBy(ListCommand.class, name)) {
            return configure(root.addSubcommand(new ListCommand()));
        }
        if (isNamedBy(GetCommand.class, name)) {
            return configure(root.addSubcommand(new GetCommand()));
        }
        return newCommandLine(environment);
    }

    /**
     * The first argument that is neither one of the root's options nor an option's value, or null when
     * that is not plain: an unknown option, {@code --}, a help option (root help lists every command),
     * or anywhere an argument such as {@code -host} or {@code -uNAME}, which the usage checks compare
     * with the long options of the whole tree. Picocli then parses it with the whole tree.
     */
    private static String commandName(CommandSpec root, String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.length() > 2 && arg.charAt(0) == '-' && arg.charAt(1) != '-') {
                return null;
            }
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                return arg;
            }
            int eq = arg.indexOf('=');
            OptionSpec option = arg.equals("--") ? null : root.findOption(eq < 0 ? arg : arg.substring(0, eq));
            if (option == null || option.usageHelp() || option.versionHelp()) {
                return null;
            }
            if (eq < 0 && option.arity().max() > 0) {
                i++; // the option's value
            }
        }
        return null;
    }

    private static boolean isNamedBy(Class<?> command, String name) {
        Command annotation = command.getAnnotation(Command.class);
        return annotation.name().equals(name)
                || Arrays.asList(annotation.aliases()).contains(name);
    }

    private static CommandLine configure(CommandLine commandLine) {
        ErrorHandler errors = new ErrorHandler();
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        return commandLine
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
                        throw new CommandLine.ParameterException(
                                parseResult.commandSpec().commandLine(), singleDash.error());
                    }
                    return runLast.execute(parseResult);
                });
    }

    /**
     * Runs the command line as {@code main} does, writing to {@code stdout} through {@link Stdout}: a
     * failure to write it (a full disk) turns a success into exit 1 with one error line; a reader
     * that closed the pipe does not. Stopped by a signal, the output ends on a whole record
     * ({@link SignalStop}).
     */
    public static int run(String[] args, Environment environment, OutputStream stdout, PrintWriter err) {
        Stdout out = new Stdout(stdout);
        SignalStop onSignal = SignalStop.arm(out, err);
        int exitCode;
        try {
            exitCode = run(args, environment, out.writer(), err);
        } finally {
            onSignal.disarm();
        }
        IOException failure = out.failure();
        if (failure != null && exitCode == ExitCode.OK) {
            exitCode = ErrorHandler.report(
                    err,
                    FailureMessages.of(new OutputFailure(
                            failure.getMessage() == null ? "input/output error" : failure.getMessage())));
        }
        return exitCode;
    }

    /** Runs the command line to its exit code, writing to {@code out} and {@code err}. */
    public static int run(String[] args, Environment environment, PrintWriter out, PrintWriter err) {
        quietBackgroundThreads(err);
        // Most runs send a request: its set-up starts on another core while the arguments are parsed.
        TokenSources.warmUpInBackground();
        CommandLine cmd = newCommandLine(environment, args);
        cmd.setOut(out);
        cmd.setErr(err);
        int exitCode;
        try {
            exitCode = cmd.execute(args);
        } catch (OutOfMemoryError e) {
            // Where a listing held its tokens it said so itself; anywhere else, still one line and no stack trace.
            exitCode = ErrorHandler.report(err, FailureMessages.of(new OutOfMemory(false)));
        }
        out.flush();
        err.flush();
        return exitCode;
    }

    /**
     * A failure in one of OkHttp's or okio's threads would otherwise be printed by the JVM with its
     * stack trace. Running out of memory there (okio's watchdog, when the heap is full) is left to
     * the command's own thread, which reports it: printing anything then could fail again.
     */
    private static void quietBackgroundThreads(PrintWriter err) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                return;
            }
            err.println("warning: a background task failed unexpectedly; please report this");
            err.flush();
        });
    }
}
