package io.github.influxauth.config;

import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.ConfigFailure.Problem;
import io.github.influxauth.failure.Origin;
import io.github.influxauth.failure.Timeout;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/**
 * Decides each connection value by precedence: option, then environment variable, then the active
 * config of the configs file, then the default. The configs file is read only when it is asked for
 * ({@code -c}) or still needed for the host or the token.
 */
public final class ConnectionResolver {

    public static final String DEFAULT_HOST = "http://localhost:8086";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
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
        Value host = first(
                Value.of(options.host(), Origin.option("--host")),
                Value.of(env.get("INFLUX_HOST"), Origin.environment("INFLUX_HOST")));
        Value token = first(
                Value.of(options.token(), Origin.option("--token")),
                options.tokenFile() == null
                        ? null
                        : new Value(readTokenFile(options.tokenFile()), Origin.optionFile("--token-file", options.tokenFile())),
                Value.of(env.get("INFLUX_TOKEN"), Origin.environment("INFLUX_TOKEN")));

        String configName = firstNonNull(options.activeConfig(), env.get("INFLUX_ACTIVE_CONFIG"));
        Path configsPath = configsPath(options);
        if (configName != null || host == null || token == null) {
            ConfigProfile profile = ConfigsFile.read(configsPath).select(configName);
            if (profile != null) {
                Origin config = Origin.config(profile.name(), configsPath);
                host = first(host, Value.of(profile.url(), config));
                token = first(token, Value.of(profile.token(), config));
            }
        }
        host = first(host, new Value(DEFAULT_HOST, Origin.DEFAULT));
        if (token == null) {
            throw ConfigFailure.inFile(Problem.NO_TOKEN, configsPath, null);
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
                Proxies.choose(env, server));
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

    private Path configsPath(ConnectionOptionValues options) {
        if (options.configsPath() != null) {
            return options.configsPath();
        }
        String fromEnv = env.get("INFLUX_CONFIGS_PATH");
        return fromEnv != null ? Path.of(fromEnv) : env.home().resolve(".influxdbv2").resolve("configs");
    }

    private String readTokenFile(Path file) {
        String text;
        try {
            text = SmallFiles.utf8(file.toString().equals("-")
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
