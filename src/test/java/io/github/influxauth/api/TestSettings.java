package io.github.influxauth.api;

import io.github.influxauth.config.ApiChoice;
import io.github.influxauth.config.ConnectionSettings;
import io.github.influxauth.config.ProxySetting;
import io.github.influxauth.failure.Origin;
import io.github.influxauth.failure.Timeout;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Connection settings for the client's own tests: a host, the fake server's token given with --token, a timeout. */
final class TestSettings {

    private TestSettings() {}

    static ConnectionSettings of(String host, String token, Duration timeout) {
        return new ConnectionSettings(
                URI.create(host),
                Origin.option("--host"),
                token,
                Origin.option("--token"),
                false,
                List.of(),
                new Timeout(timeout, Origin.option("--timeout")),
                false,
                ApiChoice.DEFAULT,
                ProxySetting.DIRECT);
    }
}
