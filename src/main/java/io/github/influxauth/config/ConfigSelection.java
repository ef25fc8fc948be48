package io.github.influxauth.config;

import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.ConfigFailure.Problem;
import io.github.influxauth.failure.Origin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several configs of the configs file at once ({@code --all-configs}, {@code -c a,b}): each is one
 * server, with the URL and token of its own table. What names one server (the host and token
 * variables, ours and the influxdb3 CLI's, and {@code INFLUX_ACTIVE_CONFIG}) is not read, or every
 * config would get it; the other settings (API, TLS, time limit, trace) apply to each.
 */
public final class ConfigSelection {

    private static final Set<String> ONE_SERVER = Set.of(
            "INFLUX_HOST",
            "INFLUX_TOKEN",
            "INFLUX_ACTIVE_CONFIG",
            ConnectionResolver.INFLUXDB3_HOST,
            ConnectionResolver.INFLUXDB3_TOKEN);

    private final Environment env;
    private final ConnectionOptionValues options;
    private final ConfigsFile file;

    private ConfigSelection(Environment env, ConnectionOptionValues options, ConfigsFile file) {
        this.env = env;
        this.options = options;
        this.file = file;
    }

    /** Reads the configs file: one that is malformed, or named and missing, stops the run. */
    public static ConfigSelection of(Environment env, ConnectionOptionValues options) {
        return new ConfigSelection(env, options, new ConnectionResolver(env).configsFile(options));
    }

    /**
     * The configs to ask, in the file's order whatever the order asked: every one when {@code asked}
     * is empty, else those named.
     *
     * @throws ConfigFailure for a name the file does not have, or a file without configs
     */
    public List<String> names(List<String> asked) {
        if (asked.isEmpty()) {
            if (file.names().isEmpty()) {
                throw ConfigFailure.inFile(Problem.NO_CONFIGS, file.path(), null);
            }
            return file.names();
        }
        for (String name : asked) {
            file.select(name);
        }
        return file.names().stream().filter(asked::contains).toList();
    }

    /** The config's URL as written in the file, for messages about a config that cannot be used; may be null. */
    public String url(String name) {
        return file.select(name).url();
    }

    /**
     * Everything needed to talk to the server of config {@code name}.
     *
     * @throws ConfigFailure when the config cannot be used: no token, a URL that is not one...
     */
    public ConnectionSettings settings(String name) {
        if (file.select(name).token() == null) {
            throw new ConfigFailure(
                    Problem.CONFIG_WITHOUT_TOKEN, Origin.config(name, file.path()), file.path(), name, null, null);
        }
        Map<String, String> variables = new HashMap<>(env.variables());
        variables.keySet().removeAll(ONE_SERVER);
        Environment narrowed = new Environment(variables, env.home(), env.stdin(), env.clock());
        ConnectionOptionValues one = new ConnectionOptionValues(
                null,
                null,
                null,
                name,
                options.configsPath(),
                options.skipVerify(),
                options.caCert(),
                options.timeout(),
                options.httpDebug(),
                options.api());
        return new ConnectionResolver(narrowed).resolve(one);
    }
}
