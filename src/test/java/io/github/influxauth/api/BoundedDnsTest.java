package io.github.influxauth.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.config.ConnectionSettings;
import io.github.influxauth.failure.ConnectionFailure;
import io.github.influxauth.failure.Origin;
import io.github.influxauth.failure.Timeout;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A resolver that never answers cannot hold the command past its deadline. */
class BoundedDnsTest {

    private final CountDownLatch never = new CountDownLatch(1);
    private final Dns hanging = host -> {
        try {
            never.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new UnknownHostException(host);
    };

    @AfterEach
    void release() {
        never.countDown();
    }

    @Test
    void aHangingLookupEndsAtTheDeadline() {
        long start = System.nanoTime();
        BoundedDns dns = new BoundedDns(hanging, Deadline.after(timeout(Duration.ofMillis(200))));
        UnknownHostException e = assertThrows(UnknownHostException.class, () -> dns.lookup("influx.example.com"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertInstanceOf(java.io.InterruptedIOException.class, e.getCause());
        assertTrue(
                took.compareTo(Duration.ofMillis(150)) > 0 && took.compareTo(Duration.ofSeconds(3)) < 0,
                "took " + took);
    }

    @Test
    void anUnknownHostStaysUnknown() {
        Dns unknown = host -> {
            throw new UnknownHostException(host + ": Name or service not known");
        };
        BoundedDns dns = new BoundedDns(unknown, Deadline.after(timeout(Duration.ofSeconds(5))));
        UnknownHostException e = assertThrows(UnknownHostException.class, () -> dns.lookup("influx.invalid"));
        assertEquals("influx.invalid: Name or service not known", e.getMessage());
    }

    @Test
    void answersPassThrough() throws Exception {
        List<InetAddress> loopback = List.of(InetAddress.getLoopbackAddress());
        assertEquals(
                loopback, new BoundedDns(host -> loopback, Deadline.after(timeout(Duration.ofSeconds(5)))).lookup("x"));
        assertEquals(loopback, new BoundedDns(host -> loopback, Deadline.after(timeout(Duration.ZERO))).lookup("x"));
    }

    @Test
    void theClientReportsAHangingLookupAsATimeout() {
        // The whole client, as the CLI builds it, but with a resolver that never answers.
        ConnectionSettings settings =
                TestSettings.of("http://influx.example.com:8086", "secret-token-value", Duration.ofMillis(300));
        try (V2Api client =
                new V2Api(new Transport(settings, null, Retrier.Sleeper.REAL, Clock.systemUTC(), hanging))) {
            ConnectionFailure e =
                    assertThrows(ConnectionFailure.class, () -> client.list(AuthorizationQuery.ALL, a -> true));
            assertEquals(ConnectionFailure.Kind.TIMEOUT, e.kind());
            assertEquals(new Timeout(Duration.ofMillis(300), Origin.option("--timeout")), e.timeout());
        }
    }

    private static Timeout timeout(Duration limit) {
        return new Timeout(limit, Origin.option("--timeout"));
    }
}
