package io.github.influxauth.config;

import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.ConfigFailure.Problem;
import io.github.influxauth.failure.Origin;
import io.github.influxauth.failure.Timeout;
import java.io.IOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/**
 * Decides each connection value by precedence: option, then environment variable, then the active
 * config of the configs file, then the default. The configs file is read only when it is asked for
 * ({@code -c}) or still needed for the host or the token. Among variables, ours come first, then
 * the {@code influxdb3} CLI's ({@code INFLUXDB3_HOST_URL}, {@code INFLUXDB3_AUTH_TOKEN}).
 */
public final class ConnectionResolver {

    public static final String DEFAULT_HOST = "http://localhost:8086";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** The {@code influxdb3} CLI's variables, read when ours are not set. */
    static final String INFLUXDB3_HOST = "INFLUXDB3_HOST_URL";

    static final String INFLUXDB3_TOKEN = "INFLUXDB3_AUTH_TOKEN";

    /**
     * No one means a longer limit than a century; such a value is a typo (an h for an s, digits
     * too many), and taking it for "no limit" would hide that.
     */
    public static final Duration LONGEST_TIMEOUT = Duration.ofDays(36_500);

    private final Environment env;

    public ConnectionResolver(Environment env) {
        this.env = env;
    }

    public ConnectionSettings resolve(ConnectionOptionValues options) {
        Value host = givenHost(options);
        Value token = first(
                Value.of(options.token(), Origin.option("--token")),
                options.tokenFile() == null
                        ? null
                        : new Value(
                                readTokenFile(options.tokenFile()),
                                Origin.optionFile("--token-file", options.tokenFile())),
                Value.of(env.get("INFLUX_TOKEN"), Origin.environment("INFLUX_TOKEN")),
                Value.of(env.get(INFLUXDB3_TOKEN), Origin.environment(INFLUXDB3_TOKEN)));

        String configName = firstNonNull(options.activeConfig(), env.get("INFLUX_ACTIVE_CONFIG"));
        Value configsPath = configsPath(options);
        Path configs = Path.of(configsPath.text());
        // A configs file named on purpose that is not there is a mistake worth saying, needed or not.
        if (configsPath.origin() != Origin.DEFAULT && !Files.exists(configs)) {
            throw new ConfigFailure(Problem.CONFIGS_MISSING, configsPath.origin(), configs, null, null, null);
        }
        if (configName != null || host == null || token == null) {
            ConfigsFile file = ConfigsFile.read(configs);
            ConfigProfile profile = file.select(configName);
            if (profile != null) {
                Origin config = Origin.config(profile.name(), configs);
                host = first(host, Value.of(profile.url(), config));
                token = first(token, Value.of(profile.token(), config));
            } else if (token == null && file.names().size() > 1) {
                throw new ConfigFailure(Problem.NO_ACTIVE_CONFIG, null, configs, null, null, file.names());
            }
        }
        host = first(host, new Value(DEFAULT_HOST, Origin.DEFAULT));
        if (token == null) {
            throw ConfigFailure.inFile(Problem.NO_TOKEN, configs, null);
        }
        checkToken(token);

        // Read even when --skip-verify is given: a misspelt value is an error whatever else is set.
        Boolean skipVerifyEnv = env.getBoolean("INFLUX_SKIP_VERIFY");
        boolean skipVerify = options.skipVerify() || Boolean.TRUE.equals(skipVerifyEnv);
        List<X509Certificate> ca = List.of();
        if (options.caCert() != null) {
            ca = CaCertificates.read(options.caCert(), Origin.option("--ca-cert"));
        } else if (env.get("INFLUX_CA_CERT") != null) {
            ca = CaCertificates.read(Path.of(env.get("INFLUX_CA_CERT")), Origin.environment("INFLUX_CA_CERT"));
        }
        URI server = HostUrl.parse(host.text(), host.origin());
        return new ConnectionSettings(
                server,
                host.origin(),
                token.text(),
                token.origin(),
                skipVerify,
                skipVerify ? List.of() : ca,
                timeout(options),
                options.httpDebug(),
                api(options),
                Proxies.choose(env, server));
    }

    /**
     * Which API to speak: {@code --api}, else {@code INFLUX_AUTH_API}, else InfluxDB 3 when the host
     * comes from {@code INFLUXDB3_HOST_URL}, else find out. Needs no configs file: that variable
     * comes before the file.
     */
    public ApiChoice api(ConnectionOptionValues options) {
        Value given = first(
                Value.of(options.api(), Origin.option("--api")),
                Value.of(env.get("INFLUX_AUTH_API"), Origin.environment("INFLUX_AUTH_API")));
        if (given != null) {
            return ApiChoice.parse(given.text(), given.origin());
        }
        Value host = givenHost(options);
        if (host != null && host.origin().isEnvironment(INFLUXDB3_HOST)) {
            return new ApiChoice(ApiChoice.Kind.V3, host.origin());
        }
        return ApiChoice.DEFAULT;
    }

    /** The configs file, read: for several configs at once. One named by an option or a variable must exist. */
    public ConfigsFile configsFile(ConnectionOptionValues options) {
        Value path = configsPath(options);
        Path file = Path.of(path.text());
        if (path.origin() != Origin.DEFAULT && !Files.exists(file)) {
            throw new ConfigFailure(Problem.CONFIGS_MISSING, path.origin(), file, null, null, null);
        }
        return ConfigsFile.read(file);
    }

    /** The host from an option or a variable: the influxdb3 CLI's variable after ours. */
    private Value givenHost(ConnectionOptionValues options) {
        return first(
                Value.of(options.host(), Origin.option("--host")),
                Value.of(env.get("INFLUX_HOST"), Origin.environment("INFLUX_HOST")),
                Value.of(env.get(INFLUXDB3_HOST), Origin.environment(INFLUXDB3_HOST)));
    }

    private Timeout timeout(ConnectionOptionValues options) {
        Value given = first(
                Value.of(options.timeout(), Origin.option("--timeout")),
                Value.of(env.get("INFLUX_TIMEOUT"), Origin.environment("INFLUX_TIMEOUT")));
        if (given == null) {
            return new Timeout(DEFAULT_TIMEOUT, Origin.DEFAULT);
        }
        Duration limit = Durations.parse(given.text(), given.origin());
        if (limit.compareTo(LONGEST_TIMEOUT) > 0) {
            throw ConfigFailure.of(Problem.TIMEOUT_TOO_LONG, given.origin(), given.text());
        }
        return new Timeout(limit, given.origin());
    }

    /** The configs file, and who named it. */
    private Value configsPath(ConnectionOptionValues options) {
        return first(
                options.configsPath() == null
                        ? null
                        : Value.of(options.configsPath().toString(), Origin.option("--configs-path")),
                Value.of(env.get("INFLUX_CONFIGS_PATH"), Origin.environment("INFLUX_CONFIGS_PATH")),
                new Value(env.home().resolve(".influxdbv2").resolve("configs").toString(), Origin.DEFAULT));
    }

    private String readTokenFile(Path file) {
        String text;
        try {
            text = SmallFiles.utf8(
                    file.toString().equals("-")
                            ? SmallFiles.bounded(env.stdin(), file, Problem.TOKEN_FILE_TOO_LARGE)
                            : SmallFiles.read(file, Problem.TOKEN_FILE_NOT_REGULAR, Problem.TOKEN_FILE_TOO_LARGE));
        } catch (NoSuchFileException e) {
            throw ConfigFailure.inFile(Problem.TOKEN_FILE_UNREADABLE, file, "no such file");
        } catch (AccessDeniedException e) {
            throw ConfigFailure.inFile(Problem.TOKEN_FILE_UNREADABLE, file, "permission denied");
        } catch (IOException e) {
            throw ConfigFailure.inFile(Problem.TOKEN_FILE_UNREADABLE, file, e.getMessage());
        }
        text = text.strip();
        if (text.isEmpty()) {
            throw ConfigFailure.inFile(Problem.TOKEN_FILE_EMPTY, file, null);
        }
        return text;
    }

    /** A token goes into an HTTP header: refuse what cannot go there, without echoing it. */
    private static void checkToken(Value token) {
        for (int i = 0; i < token.text().length(); i++) {
            char c = token.text().charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw ConfigFailure.of(Problem.TOKEN_UNUSABLE, token.origin(), null);
            }
        }
    }

    /** A value with where it came from. */
    private record Value(String text, Origin origin) {
        /** An empty value counts as none: {@code --token "$UNSET"} is no token, not an empty one. */
        static Value of(String text, Origin origin) {
            return text == null || text.isEmpty() ? null : new Value(text, origin);
        }

        @Override
        public String toString() {
            return "Value[from " + origin + "]"; // may be a token
        }
    }

    private static Value first(Value... values) {
        for (Value v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
