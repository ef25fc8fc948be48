package io.github.influxauth.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.config.ConnectionSettings;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
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
        BoundedDns dns = new BoundedDns(hanging, Deadline.after(Duration.ofMillis(200)));
        UnknownHostException e = assertThrows(UnknownHostException.class, () -> dns.lookup("influx.example.com"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertInstanceOf(java.io.InterruptedIOException.class, e.getCause());
        assertTrue(took.compareTo(Duration.ofMillis(150)) > 0 && took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
    }

    @Test
    void anUnknownHostStaysUnknown() {
        Dns unknown = host -> {
            throw new UnknownHostException(host + ": Name or service not known");
        };
        BoundedDns dns = new BoundedDns(unknown, Deadline.after(Duration.ofSeconds(5)));
        UnknownHostException e = assertThrows(UnknownHostException.class, () -> dns.lookup("influx.invalid"));
        assertEquals("influx.invalid: Name or service not known", e.getMessage());
    }

    @Test
    void answersPassThrough() throws Exception {
        List<InetAddress> loopback = List.of(InetAddress.getLoopbackAddress());
        assertEquals(loopback, new BoundedDns(host -> loopback, Deadline.after(Duration.ofSeconds(5))).lookup("x"));
        assertEquals(loopback, new BoundedDns(host -> loopback, Deadline.after(Duration.ZERO)).lookup("x"));
    }

    @Test
    void theClientReportsAHangingLookupAsATimeout() {
        // The whole client, as the CLI builds it, but with a resolver that never answers.
        ConnectionSettings settings = new ConnectionSettings(URI.create("http://influx.example.com:8086"), "secret-token-value",
                "--token", false, null, Duration.ofMillis(300), false);
        try (InfluxClient client = new InfluxClient(settings, null, Retrier.Sleeper.REAL, hanging)) {
            ConnectionFailedException e = assertThrows(ConnectionFailedException.class,
                    () -> client.listAuthorizations(AuthorizationQuery.ALL, a -> { }));
            assertEquals(ConnectionFailedException.Kind.TIMEOUT, e.kind());
            assertEquals("no complete answer within the --timeout of 300ms", e.getMessage());
        }
    }
}
