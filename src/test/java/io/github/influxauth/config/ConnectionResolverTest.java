package io.github.influxauth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.ConfigFailure.Problem;
import io.github.influxauth.failure.Origin;
import io.github.influxauth.failure.Timeout;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionResolverTest {

    @TempDir
    Path home;

    private ConnectionSettings resolve(Map<String, String> env, String host, String token, String timeout) {
        return resolve(env, host, token, timeout, null);
    }

    private ConnectionSettings resolve(Map<String, String> env, String host, String token, String timeout, String api) {
        return new ConnectionResolver(new Environment(env, home, new ByteArrayInputStream(new byte[0])))
                .resolve(new ConnectionOptionValues(host, token, null, null, null, false, null, timeout, false, api));
    }

    @Test
    void hostIsNormalisedAndItsPathPrefixKept() {
        assertEquals(
                "https://proxy.example:8443/influx",
                resolve(Map.of(), "https://proxy.example:8443/influx/", "t0ken", null)
                        .host()
                        .toString());
        assertEquals(
                "http://localhost:8086",
                resolve(Map.of(), null, "t0ken", null).host().toString());
    }

    @Test
    void userInfoInTheHostIsRefused() {
        ConfigFailure e = assertThrows(
                ConfigFailure.class, () -> resolve(Map.of(), "http://me:secret@influx:8086", "t0ken", null));
        assertEquals(Problem.HOST_USER_INFO, e.problem());
        assertEquals(Origin.option("--host"), e.origin());
        assertEquals(null, e.value());
        assertFalse(e.getMessage().contains("secret"));
    }

    @Test
    void timeoutFromOptionThenEnvironmentThenDefault() {
        assertEquals(
                new Timeout(Duration.ofSeconds(30), Origin.DEFAULT),
                resolve(Map.of(), null, "t0ken", null).timeout());
        assertEquals(
                new Timeout(Duration.ofMinutes(2), Origin.environment("INFLUX_TIMEOUT")),
                resolve(Map.of("INFLUX_TIMEOUT", "2m"), null, "t0ken", null).timeout());
        assertEquals(
                new Timeout(Duration.ofSeconds(5), Origin.option("--timeout")),
                resolve(Map.of("INFLUX_TIMEOUT", "2m"), null, "t0ken", "5s").timeout());
    }

    @Test
    void booleanEnvironmentVariables() {
        for (String yes : new String[] {"true", "TRUE", "1", "yes", "Yes"}) {
            assertEquals(
                    true,
                    resolve(Map.of("INFLUX_SKIP_VERIFY", yes), null, "t0ken", null)
                            .skipVerify());
        }
        for (String no : new String[] {"false", "0", "no", "NO"}) {
            assertEquals(
                    false,
                    resolve(Map.of("INFLUX_SKIP_VERIFY", no), null, "t0ken", null)
                            .skipVerify());
        }
        ConfigFailure e = assertThrows(
                ConfigFailure.class, () -> resolve(Map.of("INFLUX_SKIP_VERIFY", "on"), null, "t0ken", null));
        assertEquals(Problem.NOT_A_BOOLEAN, e.problem());
        assertEquals(Origin.environment("INFLUX_SKIP_VERIFY"), e.origin());
        assertEquals("on", e.value());
    }

    @Test
    void tokenWithControlCharactersIsRefusedWithoutEchoingIt() {
        ConfigFailure e = assertThrows(ConfigFailure.class, () -> resolve(Map.of(), null, "abc\ndef-secret", null));
        assertEquals(Problem.TOKEN_UNUSABLE, e.problem());
        assertEquals(Origin.option("--token"), e.origin());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void influxdb3VariablesComeAfterOursAndTheirHostMeansInfluxDb3() {
        Map<String, String> v3 =
                Map.of("INFLUXDB3_HOST_URL", "http://127.0.0.1:8181", "INFLUXDB3_AUTH_TOKEN", "apiv3_t0ken");
        ConnectionSettings s = resolve(v3, null, null, null);
        assertEquals("http://127.0.0.1:8181", s.host().toString());
        assertEquals(Origin.environment("INFLUXDB3_HOST_URL"), s.hostOrigin());
        assertEquals("apiv3_t0ken", s.token());
        assertEquals(Origin.environment("INFLUXDB3_AUTH_TOKEN"), s.tokenOrigin());
        assertEquals(new ApiChoice(ApiChoice.Kind.V3, Origin.environment("INFLUXDB3_HOST_URL")), s.api());

        Map<String, String> both = new java.util.HashMap<>(v3);
        both.put("INFLUX_HOST", "http://influx:8086");
        both.put("INFLUX_TOKEN", "v2-t0ken");
        ConnectionSettings ours = resolve(both, null, null, null);
        assertEquals("http://influx:8086", ours.host().toString());
        assertEquals("v2-t0ken", ours.token());
        assertEquals(ApiChoice.DEFAULT, ours.api(), "a host of ours says nothing about the API");
        assertEquals(
                ApiChoice.DEFAULT, resolve(v3, "http://influx:8086", null, null).api());
    }

    @Test
    void apiFromOptionThenVariableThenDefault() {
        assertEquals(ApiChoice.DEFAULT, resolve(Map.of(), null, "t0ken", null).api());
        assertEquals(
                new ApiChoice(ApiChoice.Kind.V2, Origin.environment("INFLUX_AUTH_API")),
                resolve(Map.of("INFLUX_AUTH_API", "V2", "INFLUXDB3_HOST_URL", "http://h:8181"), null, "t0ken", null)
                        .api());
        assertEquals(
                new ApiChoice(ApiChoice.Kind.AUTO, Origin.option("--api")),
                resolve(Map.of("INFLUX_AUTH_API", "v2"), null, "t0ken", null, "auto")
                        .api());
        ConfigFailure e =
                assertThrows(ConfigFailure.class, () -> resolve(Map.of("INFLUX_AUTH_API", "v4"), null, "t0ken", null));
        assertEquals(Problem.NOT_AN_API, e.problem());
        assertEquals(Origin.environment("INFLUX_AUTH_API"), e.origin());
        assertEquals("v4", e.value());
    }

    @Test
    void settingsNeverPrintTheToken() {
        ConnectionSettings s = resolve(Map.of(), null, "very-secret-token-value", null);
        assertFalse(s.toString().contains("very-secret-token-value"), s.toString());
    }
}
