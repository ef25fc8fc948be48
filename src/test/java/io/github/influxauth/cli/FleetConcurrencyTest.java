package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.FakeFleet;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.Result;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Four servers that each take a second to answer: asked one after the other they would take four;
 * asked at once, about one. The bound is generous (a shared build machine); bench/fleet measures
 * the real figure.
 */
class FleetConcurrencyTest {

    static final Duration DELAY = Duration.ofSeconds(1);

    @RegisterExtension
    final FakeFleet fleet = new FakeFleet()
            .v2("a", FakeInfluxServer::withContractExamples)
            .slow("a", DELAY)
            .v2("b", FakeInfluxServer::withContractExamples)
            .slow("b", DELAY)
            .v2("c", FakeInfluxServer::withContractExamples)
            .slow("c", DELAY)
            .v2("d", FakeInfluxServer::withContractExamples)
            .slow("d", DELAY);

    @Test
    void theRunCostsAboutTheSlowestServerNotTheSum() {
        long start = System.nanoTime();
        Result r = fleet.run("list", "--all-configs", "--format", "csv", "--hide-headers");
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(
                List.of("a", "b", "c", "d"),
                r.out().lines().map(l -> l.substring(0, 1)).distinct().toList());
        assertTrue(millis >= DELAY.toMillis(), "the servers did not delay: " + millis + " ms");
        assertTrue(millis < DELAY.toMillis() * 5 / 2, "four servers of 1 s each took " + millis + " ms");
    }
}
