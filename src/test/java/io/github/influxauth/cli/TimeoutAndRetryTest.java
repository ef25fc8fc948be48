package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --timeout} bounds the whole command, and 429/503 are retried a few times. Real but short
 * time limits; retries here ask for {@code Retry-After: 0}, the waiting itself is tested in
 * {@code api.RetrierTest} with a fake clock.
 */
class TimeoutAndRetryTest {

    private static final String TIMEOUT_HINT = "hint: raise the limit with --timeout, e.g. --timeout 2m\n";

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    private static MockResponse.Builder slowList() {
        return FakeInfluxServer.json(200, "{\"links\":{},\"authorizations\":[]}")
                .newBuilder();
    }

    private static void assertTimedOut(Result r, String url, String limit, long startNanos) {
        assertTimedOut(r, url, "--timeout", limit, startNanos);
    }

    private static void assertTimedOut(Result r, String url, String setting, String limit, long startNanos) {
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertEquals(
                "error: no complete answer from " + url + " within the " + setting + " of " + limit + "\n"
                        + (setting.equals("--timeout")
                                ? TIMEOUT_HINT
                                : "hint: raise the limit, e.g. " + setting + "=2m\n"),
                r.err());
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "took " + took);
    }

    @Test
    void slowHeaders() {
        long start = System.nanoTime();
        server.fake().fault(0, slowList().headersDelay(10, TimeUnit.SECONDS).build());
        Result r = server.run("list", "--timeout", "300ms");
        assertTimedOut(r, server.url("/api/v2/authorizations"), "300ms", start);
    }

    @Test
    void slowBody() {
        long start = System.nanoTime();
        server.fake().fault(0, slowList().bodyDelay(10, TimeUnit.SECONDS).build());
        Result r = server.run("list", "--timeout", "300ms");
        assertTimedOut(r, server.url("/api/v2/authorizations"), "300ms", start);
    }

    @Test
    void bodyTrickle() {
        long start = System.nanoTime();
        // 4 bytes every 100 ms: each read succeeds, only the whole-call limit can stop it.
        server.fake()
                .fault(0, slowList().throttleBody(4, 100, TimeUnit.MILLISECONDS).build());
        Result r = server.run("list", "--timeout", "500ms");
        assertTimedOut(r, server.url("/api/v2/authorizations"), "500ms", start);
    }

    @Test
    void timeoutFromTheEnvironment() {
        server.fake().fault(0, slowList().headersDelay(10, TimeUnit.SECONDS).build());
        long start = System.nanoTime();
        Result r = server.cli().env("INFLUX_TIMEOUT", "1s").run("list");
        // The limit is named where it was set.
        assertTimedOut(r, server.url("/api/v2/authorizations"), "INFLUX_TIMEOUT", "1s", start);
    }

    @Test
    void theLimitCoversAllPagesTogether() {
        // Every page alone is well within the limit; the listing as a whole is not. Which page the
        // limit falls on depends on the machine's speed.
        FakeInfluxServer fake = server.fake().pageSize(1);
        String page = "{\"links\":{\"next\":\"/api/v2/authorizations?offset=%d\"},\"authorizations\":[]}";
        for (int i = 0; i < 6; i++) {
            fake.fault(
                    i,
                    FakeInfluxServer.json(200, String.format(page, i + 1))
                            .newBuilder()
                            .headersDelay(250, TimeUnit.MILLISECONDS)
                            .build());
        }
        long start = System.nanoTime();
        Result r = server.run("list", "--timeout", "1s");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertTrue(
                r.err()
                        .matches("error: no complete answer from " + server.url()
                                + "api/v2/authorizations\\?offset=[1-5] within the --timeout of 1s\n" + TIMEOUT_HINT),
                r::toString);
        assertTrue(server.requestCount() <= 5, "requests: " + server.requestCount());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
    }

    @Test
    void badTimeoutIsAUsageError() {
        Result r = server.run("list", "--timeout", "soon");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("error: --timeout must be a duration such as 30s, 2m or 1m30s, not \"soon\"\n", r.err());
        assertEquals(0, server.requestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0"})
    void aZeroTimeoutMeansNoLimit(String timeout) {
        Result r = server.run("list", "--timeout", timeout);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(4, r.out().lines().count(), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void aTimeoutBeyondWhatADurationHoldsIsAUsageError() {
        Result r = server.run("list", "--timeout", "9000000000000000000h");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "error: --timeout must be a duration such as 30s, 2m or 1m30s, not \"9000000000000000000h\"\n",
                r.err());
    }

    private static MockResponse unavailable(int status, String retryAfter) {
        MockResponse.Builder b = FakeInfluxServer.error(
                        status,
                        status == 429 ? "too many requests" : "unavailable",
                        status == 429 ? "rate limited" : "service unavailable")
                .newBuilder();
        if (retryAfter != null) {
            b.addHeader("Retry-After", retryAfter);
        }
        return b.build();
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void retriedUntilTheServerAnswers(int status) {
        server.fake().fault(0, unavailable(status, "0")).fault(1, unavailable(status, "0"));
        Result r = server.run("list");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(4, r.out().lines().count(), r::toString);
        assertEquals("", r.err());
        assertEquals(3, server.requestCount());
    }

    /** "Retry-After: 0" on a 503 also makes OkHttp itself send the request again: those count. */
    @Test
    void atMostThreeRetries() {
        server.fake().faultFrom(0, unavailable(503, "0"));
        Result r = server.run("list");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "error: server error: service unavailable (HTTP 503)\n"
                        + "hint: still HTTP 503 after 3 retries; try again later\n",
                r.err());
        assertEquals(4, server.requestCount());
    }

    @Test
    void tooManyRequestsAfterThreeRetries() {
        server.fake().faultFrom(0, unavailable(429, "0"));
        Result r = server.run("list");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "error: the server refused the request: rate limited (HTTP 429)\n"
                        + "hint: still HTTP 429 after 3 retries; try again later\n",
                r.err());
        assertEquals(4, server.requestCount());
    }

    @Test
    void retryAfterPastTheTimeoutIsNotWaitedFor() {
        long start = System.nanoTime();
        server.fake().faultFrom(0, unavailable(503, "120"));
        Result r = server.run("list", "--timeout", "10s");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "error: server error: service unavailable (HTTP 503)\n"
                        + "hint: not retried: waiting the 120s the server asked for would pass the --timeout of 10s\n",
                r.err());
        assertEquals(1, server.requestCount());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 504, 400, 401, 404})
    void otherStatusesAreNotRetried(int status) {
        server.fake()
                .faultFrom(
                        0,
                        FakeInfluxServer.error(status, "some code", "went wrong")
                                .newBuilder()
                                .addHeader("Retry-After", "0")
                                .build());
        Result r = server.run("list");
        int expectedExit = status == 401 ? 3 : status == 404 ? 4 : 1;
        assertEquals(expectedExit, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: "), r::toString);
        assertTrue(r.err().contains("went wrong (HTTP " + status + ")"), r::toString);
        assertEquals(1, server.requestCount());
    }
}
