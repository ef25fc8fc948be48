package io.github.influxauth.output;

import io.github.influxauth.model.Api;

/**
 * What became of one config of a several-server run.
 *
 * @param host  the server's URL, or null when the config has none usable
 * @param api   the API the server spoke; null when it never answered
 * @param error the message for a config that failed, worded as on stderr; null when it answered
 * @param exit  the exit code that failure means; 0 when it answered
 */
public record ConfigOutcome(String config, String host, Api api, String error, int exit) {

    public boolean failed() {
        return error != null;
    }
}
