package io.github.influxauth.cli;

import io.github.influxauth.failure.Origin;
import io.github.influxauth.failure.Timeout;
import java.time.Duration;
import java.util.Locale;

/** How facts read in messages: where a setting came from, a duration, a count. */
final class Words {

    private Words() {}

    /** As the user would type it: {@code --token}, {@code --token-file PATH}, {@code INFLUX_TOKEN}, {@code config "prod" in PATH}. */
    static String origin(Origin origin) {
        if (origin == null) {
            return "the command line";
        }
        return switch (origin.kind()) {
            case OPTION -> origin.file() == null ? origin.name() : origin.name() + " " + origin.file();
            case ENVIRONMENT -> origin.name();
            case CONFIG -> "config \"" + origin.name() + "\" in " + origin.file();
            case DEFAULT -> "the default";
        };
    }

    /** {@code the --timeout of 2s}, {@code the INFLUX_TIMEOUT of 500ms}, {@code the default timeout of 30s}. */
    static String timeout(Timeout timeout) {
        String limit = duration(timeout.limit());
        if (timeout.origin().kind() == Origin.Kind.DEFAULT) {
            return "the default timeout of " + limit;
        }
        return "the " + origin(timeout.origin()) + " of " + limit;
    }

    /** {@code 2s} or {@code 1500ms}. */
    static String duration(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "s" : ms + "ms";
    }

    /** {@code 2s}, {@code 1.5s} or {@code 9999999999s}: a wait, as a person reads it. */
    static String seconds(Duration d) {
        if (d.getSeconds() >= 1000) {
            // Tenths of a second no longer matter, and a server's wait can exceed what milliseconds hold.
            return d.getSeconds() + "s";
        }
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "s" : String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
    }

    /** {@code 1 retry}, {@code 2 retries}. */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
