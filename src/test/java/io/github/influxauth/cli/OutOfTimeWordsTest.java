package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.failure.IncompleteListing;
import io.github.influxauth.failure.Origin;
import io.github.influxauth.failure.OutOfTime;
import io.github.influxauth.failure.Timeout;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutOfTimeWordsTest {

    @Test
    void namesTheLimitAndWhereItWasSet() {
        Report r = FailureMessages.of(
                new OutOfTime(new Timeout(Duration.ofSeconds(2), Origin.environment("INFLUX_TIMEOUT"))));
        assertEquals("the command did not finish within the INFLUX_TIMEOUT of 2s", r.error());
        assertEquals(1, r.exitCode());
        Report partly = FailureMessages.of(new IncompleteListing(
                new OutOfTime(new Timeout(Duration.ofSeconds(2), Origin.option("--timeout"))), 4));
        assertEquals("the command did not finish within the --timeout of 2s", partly.error());
        assertEquals("the 4 authorization(s) printed before the failure are not the whole listing", partly.hint());
    }
}
