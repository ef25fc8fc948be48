package io.github.influxauth.cli;

import io.github.influxauth.failure.ExitCode;
import io.github.influxauth.failure.Failure;
import io.github.influxauth.text.TerminalText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Where failures reach the user: one {@code error:} line, maybe one {@code hint:} line, and the
 * exit code the README's table promises. Never a stack trace (unless a maintainer asks with
 * {@code --debug}), never a token.
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        // -host URL fails as "-h -o st" and a stray URL: the habit is the cause to name.
        Report singleDash =
                UsageErrors.singleDashLongOption(args, cmd.getCommandSpec().root());
        if (singleDash != null) {
            return report(cmd.getErr(), singleDash);
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            return report(cmd.getErr(), UsageErrors.unmatched(unmatched));
        }
        String message = Secrets.redact(
                picocliMessage(e), args, RootCommand.of(cmd.getCommandSpec()).environment());
        return report(
                cmd.getErr(),
                new Report(message, "see '" + cmd.getCommandSpec().qualifiedName() + " --help'", ExitCode.USAGE));
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        cmd.getOut().flush();
        if (e instanceof ParameterException pe) {
            return handleParseException(pe, parseResult.originalArgs().toArray(new String[0]));
        }
        if (e instanceof Failure failure) {
            return report(cmd.getErr(), FailureMessages.of(failure));
        }
        String[] args = parseResult.originalArgs().toArray(new String[0]);
        if (ConnectionOptions.debug(cmd.getCommandSpec())
                || "1".equals(RootCommand.of(cmd.getCommandSpec()).environment().get("INFLUX_AUTH_DEBUG"))) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            cmd.getErr()
                    .print(Secrets.redact(
                            trace.toString(),
                            args,
                            RootCommand.of(cmd.getCommandSpec()).environment()));
        }
        return report(
                cmd.getErr(),
                new Report(
                        "unexpected failure",
                        "please report this, with the output of --debug and --http-debug (both hide tokens)",
                        ExitCode.FAILURE));
    }

    /** picocli's message without the "Error: " some of its messages begin with: ours say {@code error:} already. */
    private static String picocliMessage(ParameterException e) {
        String message = e.getMessage();
        if (message == null) {
            return "invalid usage";
        }
        return message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
    }

    static int report(PrintWriter err, Report report) {
        err.println("error: " + TerminalText.escape(lowerFirst(report.error())));
        if (report.hint() != null) {
            err.println("hint: " + TerminalText.escape(report.hint()));
        }
        err.flush();
        return report.exitCode();
    }

    static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return "failed";
        }
        int wordEnd = s.indexOf(' ') < 0 ? s.length() : s.indexOf(' ');
        for (int i = 1; i < wordEnd; i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return s; // an acronym or a name, e.g. TLS, InfluxDB
            }
        }
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
