package io.github.influxauth.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.influxauth.config.ConnectionSettings;
import java.net.URI;
import java.time.Duration;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a {@code links.next} leads, with and without a proxy's path prefix. No request is sent. */
class ResolveNextTest {

    private static InfluxClient client(String host) {
        return new InfluxClient(new ConnectionSettings(URI.create(host), "secret-token-value", "--token", false, null,
                Duration.ofSeconds(1), false), null);
    }

    @ParameterizedTest
    @CsvSource({
        "http://h:8086,         /api/v2/authorizations?offset=2,                 http://h:8086/api/v2/authorizations?offset=2",
        "http://h:8086,         authorizations?offset=2,                         http://h:8086/api/v2/authorizations?offset=2",
        "http://h:8086,         http://h:8086/api/v2/authorizations?offset=2,    http://h:8086/api/v2/authorizations?offset=2",
        "https://p/influx,      /api/v2/authorizations?offset=2,                 https://p/influx/api/v2/authorizations?offset=2",
        "https://p/influx,      /influx/api/v2/authorizations?offset=2,          https://p/influx/api/v2/authorizations?offset=2",
        "https://p/influx,      authorizations?offset=2,                         https://p/influx/api/v2/authorizations?offset=2",
        "https://p/influx,      https://p/influx/api/v2/authorizations?after=x,  https://p/influx/api/v2/authorizations?after=x",
    })
    void resolves(String host, String link, String expected) {
        try (InfluxClient client = client(host)) {
            HttpUrl current = HttpUrl.get(host + "/api/v2/authorizations");
            assertEquals(HttpUrl.get(expected), client.resolveNext(current, link));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "http://h:8086,  http://evil:8086/api/v2/authorizations",
        "http://h:8086,  //evil/api/v2/authorizations",
        "https://h,      http://h/api/v2/authorizations",
        "http://h:8086,  http://h:8087/api/v2/authorizations",
    })
    void refusesOtherOrigins(String host, String link) {
        try (InfluxClient client = client(host)) {
            HttpUrl current = HttpUrl.get(host + "/api/v2/authorizations");
            BadResponseException e = assertThrows(BadResponseException.class, () -> client.resolveNext(current, link));
            assertEquals(true, e.getMessage().startsWith("the server's next-page link points to another server"), e.getMessage());
        }
    }
}
