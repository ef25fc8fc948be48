package io.github.influxauth.cli;

import io.github.influxauth.config.Environment;
import io.github.influxauth.output.Format;
import io.github.influxauth.output.RenderOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How to print: format, headers, token values. */
public class OutputOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--json", description = "Same as --format json (env: INFLUX_OUTPUT_JSON).")
    boolean json;

    @Option(
            names = "--hide-headers",
            description = "No header line in table and csv output (env: INFLUX_HIDE_HEADERS).")
    boolean hideHeaders;

    @Option(names = "--show-tokens", description = "Print token values whole; every format masks them otherwise.")
    boolean showTokens;

    @Option(names = "--wide", description = "Never shorten table cells to fit the terminal.")
    boolean wide;

    Format format(Environment env, Format fallback) {
        if (json && format != null && format != Format.json) {
            throw new ParameterException(
                    mixee.commandLine(), "--json and --format " + format + " contradict each other");
        }
        // Read even when an option decides: a misspelt value is an error whatever else is set.
        boolean jsonFromEnv = Boolean.TRUE.equals(env.getBoolean("INFLUX_OUTPUT_JSON"));
        return json ? Format.json : format != null ? format : jsonFromEnv ? Format.json : fallback;
    }

    RenderOptions renderOptions(Environment env) {
        boolean hideFromEnv = Boolean.TRUE.equals(env.getBoolean("INFLUX_HIDE_HEADERS"));
        boolean hide = hideHeaders || hideFromEnv;
        return new RenderOptions(!hide, showTokens, wide ? 0 : terminalColumns(env));
    }

    /**
     * The width of the terminal standard output is, which the launcher finds out and passes in
     * {@code INFLUX_AUTH_COLUMNS} only when standard output is a terminal; 0 when it is not (or
     * unknown): piped output is never shortened.
     */
    private static int terminalColumns(Environment env) {
        String columns = env.get("INFLUX_AUTH_COLUMNS");
        if (columns == null || !columns.matches("\\d{1,5}")) {
            return 0;
        }
        return Integer.parseInt(columns);
    }
}
