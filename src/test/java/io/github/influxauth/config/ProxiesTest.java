package io.github.influxauth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.Origin;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which proxy a server is reached through, from the environment as curl and the Go influx CLI read it. */
class ProxiesTest {

    private static ProxySetting choose(String server, String... variables) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            env.put(variables[i], variables[i + 1]);
        }
        return Proxies.choose(
                new Environment(env, Path.of("/nonexistent"), InputStream.nullInputStream()), URI.create(server));
    }

    @Test
    void eachSchemeHasItsOwnVariable() {
        ProxySetting https = choose(
                "https://influx.example",
                "HTTPS_PROXY",
                "http://secure-proxy:3128",
                "HTTP_PROXY",
                "http://plain-proxy:3128");
        assertEquals("http://secure-proxy:3128", https.use().url());
        assertEquals("HTTPS_PROXY", https.variable());
        ProxySetting http = choose(
                "http://influx.example:8086",
                "HTTPS_PROXY",
                "http://secure-proxy:3128",
                "HTTP_PROXY",
                "http://plain-proxy:3128");
        assertEquals("http://plain-proxy:3128", http.use().url());
        assertEquals(
                ProxySetting.Route.DIRECT,
                choose("http://influx.example", "HTTPS_PROXY", "http://secure-proxy:3128")
                        .route());
        assertEquals(
                ProxySetting.Route.DIRECT,
                choose("https://influx.example", "HTTP_PROXY", "http://plain-proxy:3128")
                        .route());
    }

    @Test
    void upperCaseFirstThenLowerCaseAsGoReadsThem() {
        assertEquals(
                "HTTPS_PROXY",
                choose("https://i.example", "HTTPS_PROXY", "http://a:1", "https_proxy", "http://b:2")
                        .variable());
        assertEquals(
                "https_proxy",
                choose("https://i.example", "https_proxy", "http://b:2").use().variable());
        assertEquals(
                "http://b:2",
                choose("https://i.example", "HTTPS_PROXY", "", "https_proxy", "http://b:2")
                        .use()
                        .url());
        assertEquals(
                "http_proxy",
                choose("http://i.example", "http_proxy", "http://b:2").variable());
    }

    @ParameterizedTest
    @CsvSource({
        "proxy.example:3128, http://proxy.example:3128",
        "http://proxy.example, http://proxy.example:80",
        "HTTP://Proxy.Example:8080/, http://Proxy.Example:8080",
        "http://[::1]:3128, http://[::1]:3128"
    })
    void proxyUrls(String value, String url) {
        assertEquals(
                url, choose("https://i.example", "HTTPS_PROXY", value).use().url());
    }

    @Test
    void credentialsArePercentDecodedAndNeverPrinted() {
        ProxySetting p = choose("https://i.example", "HTTPS_PROXY", "http://alice:s3cr%40t%3A@proxy:3128");
        assertEquals("alice", p.user());
        assertEquals("s3cr@t:", p.password());
        assertEquals(true, p.use().credentials());
        assertEquals("ProxySetting[PROXY http://proxy:3128 from HTTPS_PROXY]", p.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "127.1.2.3", "[::1]", "influx.localhost"})
    void thisMachineIsNeverProxied(String host) {
        ProxySetting p = choose("http://" + host + ":8086", "HTTP_PROXY", "http://proxy:3128");
        assertEquals(ProxySetting.Route.LOOPBACK, p.route());
        assertEquals(null, p.use());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "*                                 | https://influx.example      | true",
                "influx.example                    | https://influx.example      | true",
                "example                           | https://influx.example      | true",
                "example                           | https://notexample          | false",
                ".example                          | https://influx.example      | true",
                ".influx.example                   | https://influx.example      | false",
                "*.example                         | https://influx.example      | true",
                "other.example, INFLUX.EXAMPLE     | https://influx.example      | true",
                "influx.example:8086               | https://influx.example:8086 | true",
                "influx.example:8086               | https://influx.example      | false",
                "10.0.0.0/8                        | http://10.1.2.3:8086        | true",
                "10.0.0.0/8                        | http://11.1.2.3:8086        | false",
                "192.168.1.7                       | http://192.168.1.7:8086     | true",
                "fd00::/8                          | http://[fd12::1]:8086       | true",
                "' , '                             | https://influx.example      | false",
            })
    void noProxy(String noProxy, String server, boolean bypassed) {
        ProxySetting p = choose(
                server, "HTTPS_PROXY", "http://proxy:3128", "HTTP_PROXY", "http://proxy:3128", "no_proxy", noProxy);
        assertEquals(bypassed ? ProxySetting.Route.BYPASSED : ProxySetting.Route.PROXY, p.route());
        if (bypassed) {
            assertEquals("no_proxy", p.noProxy());
        }
    }

    @Test
    void upperCaseNoProxyFirst() {
        ProxySetting p = choose(
                "https://influx.example",
                "HTTPS_PROXY",
                "http://proxy:3128",
                "NO_PROXY",
                "influx.example",
                "no_proxy",
                "other.example");
        assertEquals("NO_PROXY", p.noProxy());
    }

    @ParameterizedTest
    @CsvSource({"socks5://proxy:1080, socks5", "https://proxy:443, https"})
    void onlyHttpProxies(String value, String scheme) {
        ConfigFailure e = assertThrows(ConfigFailure.class, () -> choose("https://i.example", "HTTPS_PROXY", value));
        assertEquals(ConfigFailure.Problem.PROXY_SCHEME, e.problem());
        assertEquals(Origin.environment("HTTPS_PROXY"), e.origin());
        assertEquals(scheme, e.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://user:pass word@proxy:3128", "http://[bad", "http://"})
    void notAUrl(String value) {
        ConfigFailure e = assertThrows(ConfigFailure.class, () -> choose("http://i.example", "http_proxy", value));
        assertEquals(ConfigFailure.Problem.PROXY_NOT_URL, e.problem());
        assertEquals(null, e.value());
    }
}
