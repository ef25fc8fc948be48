package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.RawHttpServer;
import io.github.influxauth.testing.Result;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers and settings that once ended in "unexpected failure": each has its own message, exit 1
 * for what the server sent, exit 2 for what the user gave.
 */
class UnmappedErrorsTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    private Result listAt(String url, String... extra) {
        String[] args = new String[3 + extra.length];
        args[0] = "list";
        args[1] = "--host";
        args[2] = url;
        System.arraycopy(extra, 0, args, 3, extra.length);
        return server.run(args);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 500})
    void negativeContentLength(int status) throws Exception {
        try (RawHttpServer raw = new RawHttpServer("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\n"
                + "Content-Length: -5\r\n\r\n{\"links\":{},\"authorizations\":[]}")) {
            Result r = listAt(raw.url());
            assertEquals(1, r.exitCode(), r::toString);
            assertEquals("", r.out(), r::toString);
            assertEquals(
                    "error: bad response from " + raw.url() + "api/v2/authorizations: HTTP " + status
                            + " with a negative Content-Length (-5): the length of the body is unknown\n",
                    r.err());
        }
    }

    private static MockResponse unavailable(String retryAfter) {
        return FakeInfluxServer.error(503, "unavailable", "service unavailable")
                .newBuilder()
                .addHeader("Retry-After", retryAfter)
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999999999", "99999999999999999999999"})
    void retryAfterBeyondAnIntIsAWaitNotACrash(String seconds) {
        server.fake().fault(0, unavailable(seconds));
        Result r = server.run("list", "--timeout", "5s");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out(), r::toString);
        String shown = seconds.length() > 18 ? String.valueOf(Long.MAX_VALUE) : seconds;
        assertEquals(
                "error: server error: service unavailable (HTTP 503)\n" + "hint: not retried: waiting the " + shown
                        + "s the server asked for would pass the --timeout of 5s\n",
                r.err());
        assertEquals(1, server.requests().size(), "OkHttp must not retry on its own either");
    }

    @Test
    void retryAfterInTheYear9999() {
        server.fake().fault(0, unavailable("Fri, 31 Dec 9999 23:59:59 GMT"));
        Result r = server.run("list", "--timeout", "5s");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(
                r.err()
                        .matches(
                                "error: server error: service unavailable \\(HTTP 503\\)\n"
                                        + "hint: not retried: waiting the \\d{12}s the server asked for would pass the --timeout of 5s\n"),
                r::toString);
    }

    @Test
    void retryAfterBeyondAnIntWithoutATimeoutIsTooLongToWait() {
        server.fake().fault(0, unavailable("9999999999"));
        Result r = server.run("list", "--timeout", "0");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                "error: server error: service unavailable (HTTP 503)\n"
                        + "hint: not retried: the server asked to wait 9999999999s; try again later\n",
                r.err());
    }

    @Test
    void timeoutBeyondALong() {
        Result r = server.run("list", "--timeout", "99999999999999999999");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(
                "error: --timeout must be a duration such as 30s, 2m or 1m30s, not \"99999999999999999999\"\n",
                r.err());
        Result env = server.cli().env("INFLUX_TIMEOUT", "99999999999999999999").run("list");
        assertEquals(2, env.exitCode(), env::toString);
        assertEquals(
                "error: INFLUX_TIMEOUT must be a duration such as 30s, 2m or 1m30s, not \"99999999999999999999\"\n",
                env.err());
        assertEquals(0, server.requests().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999h", "876001h", "3153600001"})
    void timeoutBeyondACenturyIsAUsageErrorNotNoLimit(String timeout) {
        Result r = server.run("list", "--timeout", timeout);
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertEquals(
                "error: --timeout must be at most 100 years, not \"" + timeout + "\"\nhint: give 0 for no limit\n",
                r.err());
        Result env = server.cli().env("INFLUX_TIMEOUT", timeout).run("list");
        assertEquals(2, env.exitCode(), env::toString);
        assertEquals(
                "error: INFLUX_TIMEOUT must be at most 100 years, not \"" + timeout + "\"\nhint: give 0 for no limit\n",
                env.err());
        assertEquals(0, server.requests().size(), "no request with a limit nobody meant");
    }

    @Test
    void aCenturyItselfIsAllowed() {
        Result r = server.run("list", "--timeout", "876000h", "--format", "ndjson");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(3, r.out().lines().count(), r::toString);
    }
}
