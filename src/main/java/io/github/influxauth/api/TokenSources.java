package io.github.influxauth.api;

import io.github.influxauth.config.ConnectionSettings;
import java.io.PrintWriter;

/** Opens the token source for a server. */
public final class TokenSources {

    private TokenSources() {}

    /** @param debug where {@code --http-debug} traces go, or null for no trace */
    public static TokenSource open(ConnectionSettings settings, PrintWriter debug) {
        return new V2Api(new Transport(settings, debug));
    }

    /** Begins, on another core, the set-up every first request needs; see {@link Transport#warmUpInBackground}. */
    public static void warmUpInBackground() {
        Transport.warmUpInBackground();
    }
}
