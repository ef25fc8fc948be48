package io.github.influxauth.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything needed to talk to one server, resolved and validated.
 *
 * @param host        the server URL without a trailing slash; a path prefix is kept
 * @param tokenSource where the token came from, as the user would type it ({@code --token},
 *                    {@code INFLUX_TOKEN}, {@code config "NAME" in PATH}, ...)
 * @param timeout     the limit for the whole command; {@link Duration#ZERO} means none
 */
public record ConnectionSettings(
        URI host,
        String token,
        String tokenSource,
        boolean skipVerify,
        Path caCert,
        Duration timeout,
        boolean httpDebug) {

    @Override
    public String toString() {
        // A record's default toString would print the token.
        return "ConnectionSettings[host=" + host + ", token from " + tokenSource + "]";
    }
}
