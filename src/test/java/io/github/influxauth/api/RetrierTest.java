package io.github.influxauth.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.influxauth.failure.HttpFailure;
import io.github.influxauth.failure.Origin;
import io.github.influxauth.failure.RetryOutcome;
import io.github.influxauth.failure.RetryOutcome.Reason;
import io.github.influxauth.failure.Timeout;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import okhttp3.Dns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How long the client waits before a retry, with a sleeper that records instead of sleeping and a fixed clock. */
class RetrierTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final List<Long> slept = new ArrayList<>();
    private final Retrier.Sleeper recorder = slept::add;

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    private V2Api client(Duration timeout) {
        String host = server.url().replaceAll("/$", "");
        return new V2Api(new Transport(
                TestSettings.of(host, FakeInfluxServer.TOKEN, timeout), null, recorder, CLOCK, Dns.SYSTEM));
    }

    private static MockResponse unavailable(String retryAfter) {
        MockResponse.Builder b = FakeInfluxServer.error(503, "unavailable", "service unavailable")
                .newBuilder();
        if (retryAfter != null) {
            b.addHeader("Retry-After", retryAfter);
        }
        return b.build();
    }

    private static int listed(V2Api client) {
        List<String> ids = new ArrayList<>();
        client.list(AuthorizationQuery.ALL, a -> ids.add(a.id()));
        return ids.size();
    }

    private static Retrier retrier() {
        return new Retrier(Deadline.after(new Timeout(Duration.ofSeconds(30), Origin.DEFAULT)), millis -> {}, CLOCK);
    }

    @Test
    void retryAfterInSeconds() throws Exception {
        server.fake().fault(0, unavailable("7"));
        try (V2Api client = client(Duration.ofSeconds(30))) {
            assertEquals(3, listed(client));
        }
        assertEquals(List.of(7000L), slept);
        assertEquals(2, server.requestCount());
    }

    @Test
    void retryAfterAsHttpDateCountsFromTheClock() throws Exception {
        String in20s = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(NOW.plusSeconds(20), ZoneOffset.UTC));
        server.fake().fault(0, unavailable(in20s));
        try (V2Api client = client(Duration.ofSeconds(30))) {
            assertEquals(3, listed(client));
        }
        assertEquals(List.of(20_000L), slept);
    }

    @Test
    void retryAfterDateInThePastMeansNow() {
        assertEquals(Duration.ZERO, retrier().waitFor("Wed, 21 Oct 2015 07:28:00 GMT", 0));
    }

    @Test
    void aDateCenturiesAheadIsTooLongNotAnOverflow() {
        RetryDecision d = retrier().afterFailure(0, 503, "Fri, 31 Dec 9999 23:59:59 GMT");
        assertEquals(Reason.WAIT_PASSES_DEADLINE, d.outcome().reason());
    }

    @Test
    void withoutRetryAfterTheWaitDoubles() throws Exception {
        server.fake().faultFrom(0, unavailable(null));
        try (V2Api client = client(Duration.ofSeconds(30))) {
            HttpFailure e = assertThrows(HttpFailure.class, () -> listed(client));
            assertEquals(503, e.status());
            assertEquals(
                    new RetryOutcome(
                            Reason.EXHAUSTED,
                            503,
                            3,
                            null,
                            new Timeout(Duration.ofSeconds(30), Origin.option("--timeout"))),
                    e.retry());
        }
        assertEquals(List.of(500L, 1000L, 2000L), slept);
        assertEquals(4, server.requestCount());
    }

    @Test
    void garbageRetryAfterFallsBackToTheBackoff() {
        assertEquals(Duration.ofMillis(1000), retrier().waitFor("soon", 1));
        assertEquals(Duration.ofMillis(500), retrier().waitFor("-3", 0));
    }

    @Test
    void aWaitPastTheDeadlineIsNotWaited() throws Exception {
        server.fake().faultFrom(0, unavailable("5"));
        try (V2Api client = client(Duration.ofSeconds(2))) {
            HttpFailure e = assertThrows(HttpFailure.class, () -> listed(client));
            assertEquals(Reason.WAIT_PASSES_DEADLINE, e.retry().reason());
            assertEquals(Duration.ofSeconds(5), e.retry().asked());
            assertEquals(0, e.retry().retries());
        }
        assertEquals(List.of(), slept);
        assertEquals(1, server.requestCount());
    }

    @Test
    void withoutDeadlineAnHourIsStillTooLong() throws Exception {
        server.fake().faultFrom(0, unavailable("3600"));
        try (V2Api client = client(Duration.ZERO)) {
            HttpFailure e = assertThrows(HttpFailure.class, () -> listed(client));
            assertEquals(Reason.WAIT_TOO_LONG, e.retry().reason());
            assertEquals(Duration.ofHours(1), e.retry().asked());
        }
        assertEquals(List.of(), slept);
    }

    @Test
    void otherStatusesAreNeitherRetriedNorWaitedFor() throws Exception {
        server.fake()
                .faultFrom(
                        0,
                        FakeInfluxServer.error(502, "bad gateway", "upstream down")
                                .newBuilder()
                                .addHeader("Retry-After", "1")
                                .build());
        try (V2Api client = client(Duration.ofSeconds(30))) {
            HttpFailure e = assertThrows(HttpFailure.class, () -> listed(client));
            assertEquals(502, e.status());
            assertEquals(null, e.retry());
        }
        assertEquals(List.of(), slept);
        assertEquals(1, server.requestCount());
    }
}
