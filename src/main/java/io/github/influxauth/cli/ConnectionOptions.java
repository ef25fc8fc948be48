package io.github.influxauth.cli;

import io.github.influxauth.config.ConnectionOptionValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * How to reach the server, and the switches for maintainers. Mixed into every command, so these
 * options work before the subcommand ({@code influx-auth --host URL list}) and after it; the one
 * nearest the subcommand wins.
 */
public class ConnectionOptions {

    static final String MIXIN_NAME = "connection";

    @Option(
            names = "--host",
            paramLabel = "URL",
            description = {
                "Server URL; a path prefix is kept (env: INFLUX_HOST, then INFLUXDB3_HOST_URL).",
                "Default: http://localhost:8086"
            })
    String host;

    @Option(
            names = "--api",
            paramLabel = "API",
            completionCandidates = ApiNames.class,
            description = {
                "Which API the server speaks: auto (find out), v2 or v3 (env: INFLUX_AUTH_API).",
                "Default: auto; v3 when the host is from INFLUXDB3_HOST_URL"
            })
    String api;

    /**
     * The values {@code --api} takes, for completion: the option is read as text, so that env and option
     * share one check. Public, as picocli makes it by reflection.
     */
    public static final class ApiNames extends ArrayList<String> {
        public ApiNames() {
            super(List.of("auto", "v2", "v3"));
        }
    }

    /** A token is given one way at most. */
    static final class TokenOption {
        @Option(
                names = {"-t", "--token"},
                paramLabel = "TOKEN",
                description = "API token (env: INFLUX_TOKEN, then INFLUXDB3_AUTH_TOKEN).")
        String token;

        @Option(
                names = "--token-file",
                paramLabel = "PATH",
                description = "Read the token from a file; - reads standard input.")
        Path tokenFile;
    }

    @ArgGroup(exclusive = true)
    TokenOption tokenOption;

    @Option(
            names = {"-c", "--active-config"},
            paramLabel = "NAME",
            split = ",",
            description = {
                "Config to use from the configs file, for this run only (env: INFLUX_ACTIVE_CONFIG).",
                "Several (-c a,b or -c a -c b): each config's server, asked at once."
            })
    List<String> activeConfigs;

    @Option(
            names = "--all-configs",
            description = "Every config of the configs file: each config's server, asked at once.")
    boolean allConfigs;

    @Option(
            names = "--configs-path",
            paramLabel = "PATH",
            description = {
                "The influx CLI's configs file, read, never written (env: INFLUX_CONFIGS_PATH).",
                "Default: ~/.influxdbv2/configs"
            })
    Path configsPath;

    /** The one config of this run, for {@link #merged}; several are {@link #configNames}'. */
    private String activeConfig;

    @Option(names = "--skip-verify", description = "Accept any TLS certificate; insecure (env: INFLUX_SKIP_VERIFY).")
    boolean skipVerify;

    @Option(
            names = "--ca-cert",
            paramLabel = "PATH",
            description = "Also trust the PEM certificates in PATH (env: INFLUX_CA_CERT).")
    Path caCert;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            description = {
                "Time limit for the whole command, e.g. 10s, 2m, 1m30s; 0 for none (env: INFLUX_TIMEOUT; default: 30s)."
            })
    String timeout;

    @Option(names = "--http-debug", description = "Trace every request and response on stderr, token values redacted.")
    boolean httpDebug;

    @Option(
            names = "--debug",
            description =
                    "Print the stack trace of an unexpected failure, for a bug report (env: INFLUX_AUTH_DEBUG=1).")
    boolean debug;

    /** The options given to this command and to the commands above it, the nearest taking precedence. */
    static ConnectionOptionValues merged(CommandSpec spec) {
        ConnectionOptions merged = new ConnectionOptions();
        merged.tokenOption = new TokenOption();
        for (ConnectionOptions o : levels(spec)) {
            merged.host = merged.host != null ? merged.host : o.host;
            merged.api = merged.api != null ? merged.api : o.api;
            if (merged.tokenOption.token == null && merged.tokenOption.tokenFile == null && o.tokenOption != null) {
                merged.tokenOption = o.tokenOption;
            }
            if (merged.activeConfig == null
                    && o.activeConfigs != null
                    && configNames(o).size() == 1) {
                merged.activeConfig = o.activeConfigs.get(0);
            }
            merged.configsPath = merged.configsPath != null ? merged.configsPath : o.configsPath;
            merged.skipVerify |= o.skipVerify;
            merged.caCert = merged.caCert != null ? merged.caCert : o.caCert;
            merged.timeout = merged.timeout != null ? merged.timeout : o.timeout;
            merged.httpDebug |= o.httpDebug;
        }
        return new ConnectionOptionValues(
                merged.host,
                merged.tokenOption.token,
                merged.tokenOption.tokenFile,
                merged.activeConfig,
                merged.configsPath,
                merged.skipVerify,
                merged.caCert,
                merged.timeout,
                merged.httpDebug,
                merged.api);
    }

    /**
     * The configs named with {@code -c} at the level nearest the command, each once, in the order given;
     * empty when none was.
     */
    static List<String> configNames(CommandSpec spec) {
        for (ConnectionOptions o : levels(spec)) {
            if (o.activeConfigs != null) {
                return configNames(o);
            }
        }
        return List.of();
    }

    private static List<String> configNames(ConnectionOptions o) {
        return List.copyOf(new LinkedHashSet<>(o.activeConfigs));
    }

    /** Whether {@code --all-configs} was given at any level. */
    static boolean allConfigs(CommandSpec spec) {
        return levels(spec).stream().anyMatch(o -> o.allConfigs);
    }

    /** Whether the command asks several servers: {@code --all-configs}, or {@code -c} with more than one name. */
    static boolean several(CommandSpec spec) {
        return allConfigs(spec) || configNames(spec).size() > 1;
    }

    /** Whether {@code --debug} was given at any level. */
    static boolean debug(CommandSpec spec) {
        return levels(spec).stream().anyMatch(o -> o.debug);
    }

    /** This command's options, then its parent's, up to the root. */
    private static List<ConnectionOptions> levels(CommandSpec spec) {
        List<ConnectionOptions> levels = new ArrayList<>();
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            CommandSpec mixin = s.mixins().get(MIXIN_NAME);
            if (mixin != null) {
                levels.add((ConnectionOptions) mixin.userObject());
            }
        }
        return levels;
    }
}
