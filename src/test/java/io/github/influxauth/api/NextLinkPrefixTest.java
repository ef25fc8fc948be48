package io.github.influxauth.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.influxauth.failure.BadResponse;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A next link must stay under the path prefix of the host once its dot segments are resolved. */
class NextLinkPrefixTest {

    @ParameterizedTest
    @CsvSource({
        "https://p/influx,  /influx/../admin,                          /admin",
        "https://p/influx,  /influx/%2e%2e/admin/api/v2/authorizations,  /admin/api/v2/authorizations",
        "https://p/influx,  ../../../admin,                            /admin",
        "https://p/influx,  https://p/influxdb/api/v2/authorizations,  /influxdb/api/v2/authorizations",
        "https://p/influx,  https://p/admin/api/v2/authorizations,     /admin/api/v2/authorizations",
        "https://p/a/b,     /a/b/../c/api/v2/authorizations,           /a/c/api/v2/authorizations",
    })
    void refusesLinksOutOfThePrefix(String host, String link, String path) {
        HttpUrl current = HttpUrl.get(host + "/api/v2/authorizations");
        BadResponse e = assertThrows(BadResponse.class, () -> NextLinks.resolve(HttpUrl.get(host), current, link));
        assertEquals(BadResponse.Kind.NEXT_LINK_OUTSIDE, e.kind());
        assertEquals(path, e.detail());
    }

    @ParameterizedTest
    @CsvSource({
        "https://p/influx,  /influx/api/v2/../v2/authorizations?offset=2,  https://p/influx/api/v2/authorizations?offset=2",
        "https://p/influx,  /api/v2/authorizations?offset=2,               https://p/influx/api/v2/authorizations?offset=2",
        "http://h:8086,     /other/../api/v2/authorizations?offset=2,      http://h:8086/api/v2/authorizations?offset=2",
    })
    void keepsLinksWithinThePrefix(String host, String link, String expected) {
        HttpUrl current = HttpUrl.get(host + "/api/v2/authorizations");
        assertEquals(HttpUrl.get(expected), NextLinks.resolve(HttpUrl.get(host), current, link));
    }
}
