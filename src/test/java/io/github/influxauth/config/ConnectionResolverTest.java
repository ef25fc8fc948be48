package io.github.influxauth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        return new ConnectionResolver(new Environment(env, home, new ByteArrayInputStream(new byte[0])))
                .resolve(new ConnectionOptionValues(host, token, null, null, null, false, null, timeout, false));
    }

    @Test
    void hostIsNormalisedAndItsPathPrefixKept() {
        assertEquals("https://proxy.example:8443/influx",
                resolve(Map.of(), "https://proxy.example:8443/influx/", "t0ken", null).host().toString());
        assertEquals("http://localhost:8086", resolve(Map.of(), null, "t0ken", null).host().toString());
    }

    @Test
    void userInfoInTheHostIsRefused() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> resolve(Map.of(), "http://me:secret@influx:8086", "t0ken", null));
        assertEquals("the host from --host must not contain a user name or password", e.getMessage());
        assertFalse(e.getMessage().contains("secret"));
    }

    @Test
    void timeoutFromOptionThenEnvironmentThenDefault() {
        assertEquals(Duration.ofSeconds(30), resolve(Map.of(), null, "t0ken", null).timeout());
        assertEquals(Duration.ofMinutes(2), resolve(Map.of("INFLUX_TIMEOUT", "2m"), null, "t0ken", null).timeout());
        assertEquals(Duration.ofSeconds(5), resolve(Map.of("INFLUX_TIMEOUT", "2m"), null, "t0ken", "5s").timeout());
    }

    @Test
    void booleanEnvironmentVariables() {
        for (String yes : new String[] {"true", "TRUE", "1", "yes", "Yes"}) {
            assertEquals(true, resolve(Map.of("INFLUX_SKIP_VERIFY", yes), null, "t0ken", null).skipVerify());
        }
        for (String no : new String[] {"false", "0", "no", "NO"}) {
            assertEquals(false, resolve(Map.of("INFLUX_SKIP_VERIFY", no), null, "t0ken", null).skipVerify());
        }
        ConfigException e = assertThrows(ConfigException.class,
                () -> resolve(Map.of("INFLUX_SKIP_VERIFY", "on"), null, "t0ken", null));
        assertEquals("INFLUX_SKIP_VERIFY must be true/false/1/0/yes/no, not \"on\"", e.getMessage());
    }

    @Test
    void tokenWithControlCharactersIsRefusedWithoutEchoingIt() {
        ConfigException e = assertThrows(ConfigException.class, () -> resolve(Map.of(), null, "abc\ndef-secret", null));
        assertEquals("the token from --token contains a space, a control character or a non-ASCII character", e.getMessage());
    }

    @Test
    void settingsNeverPrintTheToken() {
        ConnectionSettings s = resolve(Map.of(), null, "very-secret-token-value", null);
        assertFalse(s.toString().contains("very-secret-token-value"), s.toString());
    }
}
