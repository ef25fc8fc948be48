package io.github.influxauth.failure;

import java.time.Duration;

/**
 * Why a 429 or 503 was given up on.
 *
 * @param retries how many retries were made before
 * @param asked   the wait the server asked for ({@code WAIT_PASSES_DEADLINE}, {@code WAIT_TOO_LONG})
 * @param timeout the command's limit ({@code WAIT_PASSES_DEADLINE})
 */
public record RetryOutcome(Reason reason, int status, int retries, Duration asked, Timeout timeout) {

    public enum Reason {
        /** Still failing after the most retries there are. */
        EXHAUSTED,
        WAIT_PASSES_DEADLINE,
        WAIT_TOO_LONG,
        INTERRUPTED,
    }
}
