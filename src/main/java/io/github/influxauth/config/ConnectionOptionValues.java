package io.github.influxauth.config;

import java.nio.file.Path;

/** The connection options as given on the command line; null where an option was not given. */
public record ConnectionOptionValues(
        String host,
        String token,
        Path tokenFile,
        String activeConfig,
        Path configsPath,
        boolean skipVerify,
        Path caCert,
        String timeout,
        boolean httpDebug,
        String api) {

    @Override
    public String toString() {
        // A record's default toString would print the token.
        return "ConnectionOptionValues[host=" + host + ", token " + (token == null ? "not given" : "given") + "]";
    }
}
