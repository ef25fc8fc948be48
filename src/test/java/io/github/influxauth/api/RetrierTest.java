package io.github.influxauth.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.influxauth.config.ConnectionSettings;
import io.github.influxauth.testing.FakeInfluxServer;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How long the client waits before a retry, with a sleeper that records instead of sleeping. */
class RetrierTest {

    private final List<Long> slept = new ArrayList<>();
    private final Retrier.Sleeper recorder = slept::add;
    private MockWebServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private InfluxClient client(FakeInfluxServer fake, Duration timeout) throws Exception {
        server = fake.start();
        URI host = URI.create(server.url("/").toString().replaceAll("/$", ""));
        ConnectionSettings settings = new ConnectionSettings(host, FakeInfluxServer.TOKEN, "--token", false, null, timeout, false);
        return new InfluxClient(settings, null, recorder);
    }

    private static MockResponse unavailable(String retryAfter) {
        MockResponse.Builder b = FakeInfluxServer.error(503, "unavailable", "service unavailable").newBuilder();
        if (retryAfter != null) {
            b.addHeader("Retry-After", retryAfter);
        }
        return b.build();
    }

    private int listed(InfluxClient client) {
        List<String> ids = new ArrayList<>();
        client.listAuthorizations(AuthorizationQuery.ALL, a -> ids.add(a.id()));
        return ids.size();
    }

    @Test
    void retryAfterInSeconds() throws Exception {
        try (InfluxClient client = client(FakeInfluxServer.withContractExamples().fault(0, unavailable("7")), Duration.ofSeconds(30))) {
            assertEquals(3, listed(client));
        }
        assertEquals(List.of(7000L), slept);
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void retryAfterAsHttpDate() throws Exception {
        String in20s = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(20));
        try (InfluxClient client = client(FakeInfluxServer.withContractExamples().fault(0, unavailable(in20s)), Duration.ofSeconds(30))) {
            assertEquals(3, listed(client));
        }
        assertEquals(1, slept.size());
        // The date has a one-second resolution and time passes between writing and reading it.
        assertEquals(20_000, slept.get(0), 1_500);
    }

    @Test
    void retryAfterDateInThePastMeansNow() {
        assertEquals(Duration.ZERO, Retrier.waitFor("Wed, 21 Oct 2015 07:28:00 GMT", 0));
    }

    @Test
    void withoutRetryAfterTheWaitDoubles() throws Exception {
        try (InfluxClient client = client(FakeInfluxServer.withContractExamples().faultFrom(0, unavailable(null)), Duration.ofSeconds(30))) {
            ApiException e = assertThrows(ApiException.class, () -> listed(client));
            assertEquals(503, e.status());
            assertEquals("still HTTP 503 after 3 retries; try again later", e.retryNote());
        }
        assertEquals(List.of(500L, 1000L, 2000L), slept);
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void garbageRetryAfterFallsBackToTheBackoff() {
        assertEquals(Duration.ofMillis(1000), Retrier.waitFor("soon", 1));
        assertEquals(Duration.ofMillis(500), Retrier.waitFor("-3", 0));
    }

    @Test
    void aWaitPastTheDeadlineIsNotWaited() throws Exception {
        try (InfluxClient client = client(FakeInfluxServer.withContractExamples().faultFrom(0, unavailable("5")), Duration.ofSeconds(2))) {
            ApiException e = assertThrows(ApiException.class, () -> listed(client));
            assertEquals("not retried: waiting the 5s the server asked for would pass the --timeout of 2s", e.retryNote());
        }
        assertEquals(List.of(), slept);
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void withoutDeadlineAnHourIsStillTooLong() throws Exception {
        try (InfluxClient client = client(FakeInfluxServer.withContractExamples().faultFrom(0, unavailable("3600")), Duration.ZERO)) {
            ApiException e = assertThrows(ApiException.class, () -> listed(client));
            assertEquals("not retried: the server asked to wait 3600s; try again later", e.retryNote());
        }
        assertEquals(List.of(), slept);
    }

    @Test
    void otherStatusesAreNeitherRetriedNorWaitedFor() throws Exception {
        FakeInfluxServer fake = FakeInfluxServer.withContractExamples()
                .faultFrom(0, FakeInfluxServer.error(502, "bad gateway", "upstream down").newBuilder().addHeader("Retry-After", "1").build());
        try (InfluxClient client = client(fake, Duration.ofSeconds(30))) {
            ApiException e = assertThrows(ApiException.class, () -> listed(client));
            assertEquals(502, e.status());
            assertEquals(null, e.retryNote());
        }
        assertEquals(List.of(), slept);
        assertEquals(1, server.getRequestCount());
    }
}
