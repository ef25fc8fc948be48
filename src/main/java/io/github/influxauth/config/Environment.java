package io.github.influxauth.config;

import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.Origin;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * What the process receives from outside besides its arguments: environment variables, the home
 * directory, standard input and the time of day (an InfluxDB 3 token's status depends on it).
 * Injected so that tests can set them.
 */
public record Environment(Map<String, String> variables, Path home, InputStream stdin, Clock clock) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** With the system's clock. */
    public Environment(Map<String, String> variables, Path home, InputStream stdin) {
        this(variables, home, stdin, Clock.systemUTC());
    }

    public static Environment system() {
        // $HOME first, as the influx CLI and shells have it: Java's user.home ignores it.
        String home = System.getenv("HOME");
        return new Environment(
                System.getenv(),
                Path.of(home == null || home.isEmpty() ? System.getProperty("user.home") : home),
                System.in,
                Clock.systemUTC());
    }

    /** The variable's value, or null when it is unset or empty. */
    public String get(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * A boolean variable: {@code true/false/1/0/yes/no} in any case; null when unset.
     *
     * @throws ConfigFailure for any other value
     */
    public Boolean getBoolean(String name) {
        String value = get(name);
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> Boolean.TRUE;
            case "false", "0", "no" -> Boolean.FALSE;
            default -> throw ConfigFailure.of(ConfigFailure.Problem.NOT_A_BOOLEAN, Origin.environment(name), value);
        };
    }
}
