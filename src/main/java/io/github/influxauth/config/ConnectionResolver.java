package io.github.influxauth.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Decides each connection value by precedence: option, then environment variable, then the active
 * config of the configs file, then the default. The configs file is read only when it is asked for
 * ({@code -c}) or still needed for the host or the token.
 */
public final class ConnectionResolver {

    public static final String DEFAULT_HOST = "http://localhost:8086";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Environment env;

    public ConnectionResolver(Environment env) {
        this.env = env;
    }

    public ConnectionSettings resolve(ConnectionOptionValues options) {
        if (options.token() != null && options.tokenFile() != null) {
            throw new ConfigException("--token and --token-file cannot be used together");
        }
        String host = firstNonNull(options.host(), env.get("INFLUX_HOST"));
        String hostSource = options.host() != null ? "--host" : "INFLUX_HOST";
        String token = null;
        String tokenSource = null;
        if (options.token() != null) {
            token = options.token();
            tokenSource = "--token";
        } else if (options.tokenFile() != null) {
            token = readTokenFile(options.tokenFile());
            tokenSource = "--token-file " + options.tokenFile();
        } else if (env.get("INFLUX_TOKEN") != null) {
            token = env.get("INFLUX_TOKEN");
            tokenSource = "INFLUX_TOKEN";
        }

        String configName = firstNonNull(options.activeConfig(), env.get("INFLUX_ACTIVE_CONFIG"));
        Path configsPath = configsPath(options);
        if (configName != null || host == null || token == null) {
            ConfigProfile profile = ConfigsFile.read(configsPath).select(configName);
            if (profile != null) {
                String where = "config \"" + profile.name() + "\" in " + configsPath;
                if (host == null && profile.url() != null) {
                    host = profile.url();
                    hostSource = where;
                }
                if (token == null && profile.token() != null) {
                    token = profile.token();
                    tokenSource = where;
                }
            }
        }
        if (host == null) {
            host = DEFAULT_HOST;
            hostSource = "the default";
        }
        if (token == null) {
            throw new ConfigException("no API token given",
                    "pass --token or --token-file, set INFLUX_TOKEN, or add a token to a config in " + configsPath);
        }
        checkToken(token, tokenSource);

        // Read even when --skip-verify is given: a misspelt value is an error whatever else is set.
        Boolean skipVerifyEnv = env.getBoolean("INFLUX_SKIP_VERIFY");
        boolean skipVerify = options.skipVerify() || Boolean.TRUE.equals(skipVerifyEnv);
        Path caCert = options.caCert() != null ? options.caCert()
                : env.get("INFLUX_CA_CERT") != null ? Path.of(env.get("INFLUX_CA_CERT")) : null;
        if (caCert != null && !Files.isReadable(caCert)) {
            throw new ConfigException("cannot read the CA certificate file " + caCert);
        }
        Duration timeout = DEFAULT_TIMEOUT;
        if (options.timeout() != null) {
            timeout = Durations.parse(options.timeout(), "--timeout");
        } else if (env.get("INFLUX_TIMEOUT") != null) {
            timeout = Durations.parse(env.get("INFLUX_TIMEOUT"), "INFLUX_TIMEOUT");
        }
        return new ConnectionSettings(parseHost(host, hostSource), token, tokenSource, skipVerify, caCert, timeout,
                options.httpDebug());
    }

    private Path configsPath(ConnectionOptionValues options) {
        if (options.configsPath() != null) {
            return options.configsPath();
        }
        String fromEnv = env.get("INFLUX_CONFIGS_PATH");
        return fromEnv != null ? Path.of(fromEnv) : env.home().resolve(".influxdbv2").resolve("configs");
    }

    private String readTokenFile(Path file) {
        try {
            String text;
            if (file.toString().equals("-")) {
                InputStream in = env.stdin();
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } else {
                text = Files.readString(file, StandardCharsets.UTF_8);
            }
            text = text.strip();
            if (text.isEmpty()) {
                throw new ConfigException("the token file " + file + " is empty");
            }
            return text;
        } catch (IOException e) {
            throw new ConfigException("cannot read the token file " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** A token goes into an HTTP header: refuse what cannot go there, without echoing it. */
    private static void checkToken(String token, String source) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw new ConfigException("the token from " + source
                        + " contains a space, a control character or a non-ASCII character");
            }
        }
    }

    static URI parseHost(String host, String source) {
        URI uri;
        try {
            uri = new URI(host.strip());
        } catch (URISyntaxException e) {
            throw new ConfigException("the host from " + source + " is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new ConfigException("the host from " + source + " must start with http:// or https://",
                    "for example --host http://localhost:8086");
        }
        if (uri.getHost() == null) {
            throw new ConfigException("the host from " + source + " has no host name");
        }
        if (uri.getRawUserInfo() != null) {
            // It would be shown in every error message that names the URL; InfluxDB wants a token anyway.
            throw new ConfigException("the host from " + source + " must not contain a user name or password",
                    "give the API token with --token, --token-file or INFLUX_TOKEN");
        }
        if (uri.getPort() > 65535) {
            throw new ConfigException("the host from " + source + " has a port above 65535");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new ConfigException("the host from " + source + " must not have a query or fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        try {
            return new URI(scheme + "://" + uri.getRawAuthority() + path);
        } catch (URISyntaxException e) {
            throw new ConfigException("the host from " + source + " is not a URL: " + e.getReason());
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
