package io.github.influxauth.cli;

import io.github.influxauth.failure.ExitCode;
import io.github.influxauth.text.EditDistance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The words for arguments picocli could not place, and the habits it cannot catch: the Go
 * {@code influx} CLI takes {@code -host} for {@code --host}, which picocli would read as {@code -h}
 * (help, exit 0) followed by more short options.
 */
final class UsageErrors {

    /** What users of a read-write tool type, and the {@code influx} command that does it. */
    private static final List<String> WRITE_VERBS = List.of(
            "create", "delete", "rm", "remove", "update", "set", "active", "inactive", "activate", "deactivate");

    /** Values are quoted this far at most: a mistyped option name leaves its value (a token?) unmatched. */
    private static final int QUOTED_VALUE = 4;

    private UsageErrors() {}

    /** A single-dash long option such as {@code -host}, {@code -hide-headers} or {@code -org=acme}, or null. */
    static Report singleDashLongOption(String[] args, CommandSpec root) {
        Set<String> longNames = longOptionNames(root);
        for (String arg : args) {
            if (arg.equals("--")) {
                return null;
            }
            if (arg.length() > 2 && arg.charAt(0) == '-' && arg.charAt(1) != '-') {
                int eq = arg.indexOf('=');
                String name = "-" + (eq < 0 ? arg : arg.substring(0, eq));
                if (longNames.contains(name)) {
                    return new Report(
                            "unknown option '" + (eq < 0 ? arg : arg.substring(0, eq)) + "'",
                            "did you mean " + name + "? Long options take two dashes",
                            ExitCode.USAGE);
                }
            }
        }
        return null;
    }

    /** An unknown subcommand, an unknown option or a stray value, quoting no value whole. */
    static Report unmatched(UnmatchedArgumentException e) {
        CommandLine cmd = e.getCommandLine();
        String help = "see '" + cmd.getCommandSpec().qualifiedName() + " --help'";
        List<String> unmatched = e.getUnmatched();
        String first = unmatched.isEmpty() ? "" : unmatched.get(0);
        if (!cmd.getSubcommands().isEmpty() && !first.startsWith("-")) {
            String verb = first.toLowerCase(Locale.ROOT);
            if (WRITE_VERBS.contains(verb)) {
                return new Report(
                        "influx-auth only reads tokens: it has no '" + first + "' command",
                        "to " + verb + " a token, use the influx CLI: influx auth " + verb + " --help",
                        ExitCode.USAGE);
            }
            List<String> near = nearCommands(first, cmd);
            return new Report(
                    "unknown command '" + quote(first) + "'",
                    (near.isEmpty() ? "" : "did you mean " + String.join(" or ", near) + "? ") + help,
                    ExitCode.USAGE);
        }
        List<String> options = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String arg : unmatched) {
            if (arg.startsWith("-") && arg.length() > 1) {
                int eq = arg.indexOf('=');
                options.add("'" + (eq < 0 ? arg : arg.substring(0, eq)) + "'");
            } else {
                values.add("'" + quote(arg) + "'");
            }
        }
        String message = !options.isEmpty()
                ? "unknown option" + (options.size() > 1 ? "s " : " ") + String.join(", ", options)
                : "unexpected argument" + (values.size() > 1 ? "s " : " ") + String.join(", ", values);
        List<String> suggestions = e.getSuggestions();
        return new Report(
                message,
                (suggestions.isEmpty() || options.isEmpty()
                                ? ""
                                : "did you mean " + String.join(" or ", suggestions) + "? ")
                        + help,
                ExitCode.USAGE);
    }

    private static String quote(String value) {
        return value.length() <= QUOTED_VALUE ? value : value.substring(0, QUOTED_VALUE) + "…";
    }

    /** The commands whose name or alias is within two edits of {@code typed}, by their main name. */
    private static List<String> nearCommands(String typed, CommandLine cmd) {
        Set<String> near = new LinkedHashSet<>();
        for (var entry : cmd.getSubcommands().entrySet()) {
            if (EditDistance.between(typed.toLowerCase(Locale.ROOT), entry.getKey()) <= 2) {
                near.add(entry.getValue().getCommandName());
            }
        }
        return new ArrayList<>(near);
    }

    private static Set<String> longOptionNames(CommandSpec spec) {
        Set<String> names = new LinkedHashSet<>();
        for (OptionSpec option : spec.options()) {
            for (String name : option.names()) {
                if (name.startsWith("--")) {
                    names.add(name);
                }
            }
        }
        for (CommandLine sub : spec.subcommands().values()) {
            names.addAll(longOptionNames(sub.getCommandSpec()));
        }
        return names;
    }
}
