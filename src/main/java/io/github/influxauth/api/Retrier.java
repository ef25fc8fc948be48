package io.github.influxauth.api;

import io.github.influxauth.failure.RetryOutcome;
import io.github.influxauth.failure.RetryOutcome.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Decides whether a 429 or 503 is tried again, and waits as the server's {@code Retry-After} asks
 * (seconds or an HTTP date): at most {@value #MAX_RETRIES} retries, never past the deadline.
 */
final class Retrier {

    static final int MAX_RETRIES = 3;
    /** Without a deadline, a longer wait than this is not worth it: the caller gets the error now. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    interface Sleeper {
        Sleeper REAL = Thread::sleep;

        void sleep(long millis) throws InterruptedException;
    }

    private final Deadline deadline;
    private final Sleeper sleeper;
    private final Clock clock;

    Retrier(Deadline deadline, Sleeper sleeper, Clock clock) {
        this.deadline = deadline;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** Decides after attempt number {@code attempt} (0 for the first) failed with {@code status}; waits when it retries. */
    RetryDecision afterFailure(int attempt, int status, String retryAfter) {
        if (status != 429 && status != 503) {
            return RetryDecision.NOT_RETRYABLE;
        }
        if (attempt >= MAX_RETRIES) {
            return giveUp(Reason.EXHAUSTED, status, attempt, null);
        }
        Duration wait = waitFor(retryAfter, attempt);
        // Compared as durations: a date centuries ahead is more nanoseconds than a long holds.
        long remaining = deadline.remainingNanos();
        if (remaining != Long.MAX_VALUE && wait.compareTo(Duration.ofNanos(remaining)) >= 0) {
            return giveUp(Reason.WAIT_PASSES_DEADLINE, status, attempt, wait);
        }
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            return giveUp(Reason.WAIT_TOO_LONG, status, attempt, wait);
        }
        try {
            sleeper.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return giveUp(Reason.INTERRUPTED, status, attempt, wait);
        }
        return RetryDecision.retryAfter(wait);
    }

    private RetryDecision giveUp(Reason reason, int status, int retries, Duration wait) {
        return RetryDecision.giveUp(new RetryOutcome(reason, status, retries, wait, deadline.timeout()));
    }

    /** The server's wish, or 0.5 s, 1 s, 2 s when it states none. */
    Duration waitFor(String retryAfter, int attempt) {
        Duration backoff = Duration.ofMillis(500L << attempt);
        if (retryAfter == null || retryAfter.isBlank()) {
            return backoff;
        }
        String value = retryAfter.trim();
        if (value.matches("\\d+")) {
            // However many digits: a wait beyond every limit is still a wait, not a reason to retry sooner.
            return value.length() > 18 ? Duration.ofSeconds(Long.MAX_VALUE) : Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(ZonedDateTime.now(clock.withZone(when.getZone())), when);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return backoff;
        }
    }
}
