package io.github.influxauth.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.influxauth.failure.BadResponse;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a {@code links.next} leads, with and without a proxy's path prefix. No request is sent. */
class ResolveNextTest {

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
        HttpUrl current = HttpUrl.get(host + "/api/v2/authorizations");
        assertEquals(HttpUrl.get(expected), NextLinks.resolve(HttpUrl.get(host), current, link));
    }

    @ParameterizedTest
    @CsvSource({
        "http://h:8086,  http://evil:8086/api/v2/authorizations",
        "http://h:8086,  //evil/api/v2/authorizations",
        "https://h,      http://h/api/v2/authorizations",
        "http://h:8086,  http://h:8087/api/v2/authorizations",
    })
    void refusesOtherOrigins(String host, String link) {
        HttpUrl current = HttpUrl.get(host + "/api/v2/authorizations");
        BadResponse e = assertThrows(BadResponse.class, () -> NextLinks.resolve(HttpUrl.get(host), current, link));
        assertEquals(BadResponse.Kind.NEXT_LINK_FOREIGN, e.kind());
    }
}
