package io.github.influxauth.api;

import io.github.influxauth.config.ConnectionSettings;
import java.io.PrintWriter;
import java.time.Instant;

/** Opens the token source for a server: the API it was told to speak, or one that finds out. */
public final class TokenSources {

    private TokenSources() {}

    /**
     * @param debug where {@code --http-debug} traces go, or null for no trace
     * @param now   the moment that decides which InfluxDB 3 tokens have expired
     */
    public static TokenSource open(ConnectionSettings settings, PrintWriter debug, Instant now) {
        Transport transport = new Transport(settings, debug);
        return switch (settings.api().kind()) {
            case V2 -> new V2Api(transport);
            case V3 -> new V3Api(transport, now, settings.api().origin());
            case AUTO -> new DetectingSource(new V2Api(transport), new V3Api(transport, now, null));
        };
    }

    /** Begins, on another core, the set-up every first request needs; see {@link Transport#warmUpInBackground}. */
    public static void warmUpInBackground() {
        Transport.warmUpInBackground();
    }
}
