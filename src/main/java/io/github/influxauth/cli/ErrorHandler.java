package io.github.influxauth.cli;

import io.github.influxauth.api.ApiException;
import io.github.influxauth.api.BadResponseException;
import io.github.influxauth.api.ConnectionFailedException;
import io.github.influxauth.config.ConfigException;
import io.github.influxauth.output.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where failures become what the user sees: one {@code error:} line, maybe one
 * {@code hint:} line, and the exit code of SPEC section 7. Never a stack trace, never a token.
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int REJECTED = 3;
    public static final int NOT_FOUND = 4;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String message = redactTokens(e.getMessage(), args, cmd);
        String hint = "see '" + cmd.getCommandSpec().qualifiedName() + " --help'";
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            hint = "did you mean " + String.join(" or ", unmatched.getSuggestions()) + "? " + hint;
        }
        return report(cmd.getErr(), message, hint, USAGE);
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        cmd.getOut().flush();
        if (e instanceof OutputClosedException) {
            return OK;
        }
        if (e instanceof ParameterException pe) {
            return handleParseException(pe, parseResult.originalArgs().toArray(new String[0]));
        }
        String incomplete = null;
        Throwable failure = e;
        if (e instanceof IncompleteListingException ile) {
            failure = ile.getCause();
            incomplete = "the " + ile.written() + " authorization(s) printed before the failure are not the whole listing";
        }
        if (failure instanceof ConfigException ce) {
            return report(err, ce.getMessage(), ce.hint(), USAGE);
        }
        if (failure instanceof ApiException ae) {
            String tokenSource = RootCommand.of(cmd.getCommandSpec()).tokenSource();
            return apiError(err, ae, tokenSource, incomplete);
        }
        if (failure instanceof ConnectionFailedException ce) {
            return report(err, connectionMessage(ce), incomplete != null ? incomplete : connectionHint(ce), FAILURE);
        }
        if (failure instanceof BadResponseException be) {
            return report(err, "bad response from " + be.url() + ": " + be.getMessage(),
                    incomplete != null ? incomplete : be.hint(), FAILURE);
        }
        return report(err, "unexpected failure (" + failure.getClass().getName() + ")",
                "please report this, with the output of --http-debug (it hides tokens)", FAILURE);
    }

    private static int apiError(PrintWriter err, ApiException e, String tokenSource, String incomplete) {
        int status = e.status();
        String quoted = e.serverMessage() != null ? e.serverMessage() : null;
        String statusText = "HTTP " + status;
        if (status == 401 || status == 403) {
            String from = tokenSource != null ? " from " + tokenSource : "";
            return report(err, "the server rejected the token" + from + ": "
                            + (quoted != null ? quoted : "no reason given") + " (" + statusText + ")",
                    incomplete != null ? incomplete
                            : "check the token; listing tokens needs the read:authorizations permission in the org",
                    REJECTED);
        }
        if (quoted == null) {
            String what = e.bodyExcerpt() == null
                    ? statusText + " with an empty body"
                    : statusText + " with a " + (e.contentType() == null ? "body without content type" : e.contentType() + " body")
                            + " instead of JSON: " + e.bodyExcerpt();
            String hint = incomplete != null ? incomplete : e.retryNote() != null ? e.retryNote() : ApiException.PROXY_HINT;
            return report(err, what + " (from " + e.url() + ")", hint, status == 404 ? NOT_FOUND : FAILURE);
        }
        if (status == 404) {
            return report(err, quoted + " (" + statusText + ")", incomplete, NOT_FOUND);
        }
        String prefix = status >= 500 ? "server error: " : "the server refused the request: ";
        return report(err, prefix + quoted + " (" + statusText + ")", incomplete != null ? incomplete : e.retryNote(),
                FAILURE);
    }

    private static String connectionMessage(ConnectionFailedException e) {
        return switch (e.kind()) {
            case REFUSED, UNKNOWN_HOST -> "cannot connect to " + e.url() + ": " + e.getMessage();
            case UNTRUSTED, WRONG_HOST -> "cannot verify the TLS certificate of " + e.url() + ": " + e.getMessage();
            case TLS -> "TLS handshake with " + e.url() + " failed: " + e.getMessage();
            case TIMEOUT -> "no complete answer from " + e.url() + " within " + timeoutText(e.getMessage());
            case OTHER -> "network failure talking to " + e.url() + ": " + e.getMessage();
        };
    }

    private static String timeoutText(String message) {
        String prefix = "no complete answer within ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String connectionHint(ConnectionFailedException e) {
        return switch (e.kind()) {
            case REFUSED -> "is the server running there? Set its URL with --host or INFLUX_HOST";
            case UNKNOWN_HOST -> "check the host name; set the server's URL with --host or INFLUX_HOST";
            case UNTRUSTED -> "trust its CA with --ca-cert PATH (or INFLUX_CA_CERT), or skip the check, insecurely, with --skip-verify";
            case WRONG_HOST -> "give --host the name the certificate was issued for, or skip the check, insecurely, with --skip-verify";
            case TLS -> "does the server speak https on that port? For plain http, give an http:// URL to --host";
            case TIMEOUT -> "raise the limit with --timeout, e.g. --timeout 2m";
            case OTHER -> "the connection broke off; try again, and see the exchange with --http-debug";
        };
    }

    private static int report(PrintWriter err, String message, String hint, int exitCode) {
        err.println("error: " + TerminalText.escape(lowerFirst(message)));
        if (hint != null) {
            err.println("hint: " + TerminalText.escape(hint));
        }
        err.flush();
        return exitCode;
    }

    private static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return "failed";
        }
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s; // an acronym, e.g. TLS
        }
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    /** A usage message may quote any argument; never the value of --token, nor INFLUX_TOKEN. */
    private static String redactTokens(String message, String[] args, CommandLine cmd) {
        if (message == null) {
            return "invalid usage";
        }
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("-t") || a.equals("--token")) && i + 1 < args.length) {
                secrets.add(args[i + 1]);
            } else if (a.startsWith("--token=")) {
                secrets.add(a.substring("--token=".length()));
            } else if (a.startsWith("-t") && !a.startsWith("--") && a.length() > 2) {
                secrets.add(a.substring(a.charAt(2) == '=' ? 3 : 2));
            }
        }
        String envToken = RootCommand.of(cmd.getCommandSpec()).environment().get("INFLUX_TOKEN");
        if (envToken != null) {
            secrets.add(envToken);
        }
        String result = message;
        for (String secret : secrets) {
            if (secret.length() >= 4) {
                result = result.replace(secret, "<redacted>");
            }
        }
        return result;
    }
}
