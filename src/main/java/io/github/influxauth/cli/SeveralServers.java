package io.github.influxauth.cli;

import io.github.influxauth.api.AuthorizationQuery;
import io.github.influxauth.api.TokenSources;
import io.github.influxauth.config.ConfigSelection;
import io.github.influxauth.config.ConnectionOptionValues;
import io.github.influxauth.config.ConnectionSettings;
import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.Failure;
import io.github.influxauth.failure.IncompleteListing;
import io.github.influxauth.fleet.Fleet;
import io.github.influxauth.model.Api;
import io.github.influxauth.text.TerminalText;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A command over several configs ({@code --all-configs}, {@code -c a,b}): which configs, the server
 * of each, and the words for a config that failed: one {@code error: [NAME] …} line, the others
 * going on.
 */
final class SeveralServers {

    private SeveralServers() {}

    /**
     * The servers to ask, in the configs file's order. A config that cannot be used (no token, a bad
     * URL) is among them, failed; an unknown name or an unreadable file stops the run.
     *
     * @param now the moment that decides which InfluxDB 3 tokens have expired
     */
    static List<Fleet.Member> members(CommandSpec spec, Instant now) {
        ConnectionOptionValues options = ConnectionOptions.merged(spec);
        if (ConnectionOptions.allConfigs(spec)
                && !ConnectionOptions.configNames(spec).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--all-configs and -c contradict each other: give one");
        }
        if (options.host() != null || options.token() != null || options.tokenFile() != null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--host, --token and --token-file name one server;"
                            + " with several configs, each config's own URL and token are used");
        }
        PrintWriter err = spec.commandLine().getErr();
        ConfigSelection selection = ConfigSelection.of(RootCommand.of(spec).environment(), options);
        List<String> names =
                selection.names(ConnectionOptions.allConfigs(spec) ? List.of() : ConnectionOptions.configNames(spec));
        List<Fleet.Member> members = new ArrayList<>();
        boolean skipVerify = false;
        for (String name : names) {
            ConnectionSettings settings;
            try {
                settings = selection.settings(name);
            } catch (ConfigFailure f) {
                members.add(new Fleet.Member(name, selection.url(name), null, f));
                continue;
            }
            skipVerify |= settings.skipVerify();
            Session.warnPlainHttp(err, settings, prefix(name));
            PrintWriter debug = settings.httpDebug() ? err : null;
            members.add(new Fleet.Member(
                    name, settings.host().toString(), () -> TokenSources.open(settings, debug, now), null));
        }
        if (skipVerify) {
            err.println("warning: --skip-verify: the servers' TLS certificates are not checked");
            err.flush();
        }
        return members;
    }

    /**
     * The notes about a server that answered, as a single server's listing has them.
     *
     * @param prefix put before each: {@code "[NAME] "}, or empty for a single server
     */
    static void answered(
            PrintWriter err, String prefix, Fleet.End<?> end, ServerListing.Facts facts, AuthorizationQuery query) {
        Notes.print(err, prefix, facts.note());
        if (end.api() != Api.V3 && facts.fetched() == 0 && query.equals(AuthorizationQuery.ALL)) {
            Notes.emptyListing(err, prefix);
        }
        if (end.withoutAuthentication()) {
            Notes.withoutAuthentication(err, prefix);
        }
    }

    /** {@code [NAME] }, put before each line about one config. */
    static String prefix(String config) {
        return "[" + TerminalText.escape(config) + "] ";
    }

    /** The message for a config's failure, as its error line has it after the prefix. */
    static String message(Failure failure) {
        if (failure instanceof IncompleteListing incomplete) {
            return message(incomplete.failure()) + " (the " + incomplete.written()
                    + " authorization(s) of this config printed before it are not all of them)";
        }
        return ErrorHandler.lowerFirst(FailureMessages.of(failure).error());
    }

    /**
     * One line for a config that failed: its usual message, after its name. Its hint is left out: it
     * would speak of options for one server ({@code --host}); {@code -c NAME} alone shows it.
     */
    static void failed(PrintWriter err, String config, Failure failure) {
        err.println("error: " + prefix(config) + TerminalText.escape(message(failure)));
        err.flush();
    }
}
