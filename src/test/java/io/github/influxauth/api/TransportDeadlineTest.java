package io.github.influxauth.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.influxauth.failure.OutOfTime;
import io.github.influxauth.testing.FakeInfluxServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The source's deadline check is the transport's own deadline, the one its requests run under. */
class TransportDeadlineTest {

    @Test
    void aPassedLimitFailsTheCheck() {
        try (V2Api api = new V2Api(new Transport(
                TestSettings.of("http://127.0.0.1:1", FakeInfluxServer.TOKEN, Duration.ofNanos(1)), null))) {
            OutOfTime e = assertThrows(OutOfTime.class, api::checkDeadline);
            assertEquals(Duration.ofNanos(1), e.timeout().limit());
        }
    }

    @Test
    void influxDb3AndAutoDetectingSourcesCheckTheSameDeadline() {
        Transport transport =
                new Transport(TestSettings.of("http://127.0.0.1:1", FakeInfluxServer.TOKEN, Duration.ofNanos(1)), null);
        try (V3Api v3 = new V3Api(transport, Instant.EPOCH, null);
                DetectingSource auto = new DetectingSource(new V2Api(transport), v3)) {
            assertThrows(OutOfTime.class, v3::checkDeadline);
            assertThrows(OutOfTime.class, auto::checkDeadline);
        }
    }

    @Test
    void noLimitOrTimeLeftPasses() {
        try (V2Api none = new V2Api(new Transport(
                        TestSettings.of("http://127.0.0.1:1", FakeInfluxServer.TOKEN, Duration.ZERO), null));
                V2Api plenty = new V2Api(new Transport(
                        TestSettings.of("http://127.0.0.1:1", FakeInfluxServer.TOKEN, Duration.ofMinutes(5)), null))) {
            none.checkDeadline();
            plenty.checkDeadline();
        }
    }
}
