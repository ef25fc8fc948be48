package io.github.influxauth.api;

import io.github.influxauth.failure.RetryOutcome;
import java.time.Duration;

/**
 * What to do after a failed attempt: send it again after {@code delay}, give up for the reason in
 * {@code outcome}, or nothing to decide (a status that is never retried).
 */
record RetryDecision(Duration delay, RetryOutcome outcome) {

    static final RetryDecision NOT_RETRYABLE = new RetryDecision(null, null);

    static RetryDecision retryAfter(Duration delay) {
        return new RetryDecision(delay, null);
    }

    static RetryDecision giveUp(RetryOutcome outcome) {
        return new RetryDecision(null, outcome);
    }

    boolean retry() {
        return delay != null;
    }
}
