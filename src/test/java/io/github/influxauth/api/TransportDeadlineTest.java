package io.github.influxauth.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.influxauth.failure.OutOfTime;
import io.github.influxauth.testing.FakeInfluxServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The source's deadline check is the transport's own deadline, the one its requests run under. */
class TransportDeadlineTest {

    @Test
    void aPassedLimitFailsTheCheck() {
        try (V2Api api = new V2Api(new Transport(TestSettings.of("http://127.0.0.1:1", FakeInfluxServer.TOKEN,
                Duration.ofNanos(1)), null))) {
            OutOfTime e = assertThrows(OutOfTime.class, api::checkDeadline);
            assertEquals(Duration.ofNanos(1), e.timeout().limit());
        }
    }

    @Test
    void noLimitOrTimeLeftPasses() {
        try (V2Api none = new V2Api(new Transport(TestSettings.of("http://127.0.0.1:1", FakeInfluxServer.TOKEN,
                Duration.ZERO), null));
                V2Api plenty = new V2Api(new Transport(TestSettings.of("http://127.0.0.1:1", FakeInfluxServer.TOKEN,
                        Duration.ofMinutes(5)), null))) {
            none.checkDeadline();
            plenty.checkDeadline();
        }
    }
}
