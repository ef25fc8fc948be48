package io.github.influxauth.api;

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
        Sleeper REAL = millis -> Thread.sleep(millis);

        void sleep(long millis) throws InterruptedException;
    }

    private final Deadline deadline;
    private final Sleeper sleeper;

    Retrier(Deadline deadline, Sleeper sleeper) {
        this.deadline = deadline;
        this.sleeper = sleeper;
    }

    /** True after waiting, when the request should be sent again. */
    boolean shouldRetry(int attempt, int status, String retryAfter) {
        if ((status != 429 && status != 503) || attempt >= MAX_RETRIES) {
            return false;
        }
        Duration wait = waitFor(retryAfter, attempt);
        if (wait.compareTo(LONGEST_WAIT) > 0 || wait.toNanos() >= deadline.remainingNanos()) {
            return false;
        }
        try {
            sleeper.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    /** The server's wish, or 0.5 s, 1 s, 2 s when it states none. */
    static Duration waitFor(String retryAfter, int attempt) {
        Duration backoff = Duration.ofMillis(500L << attempt);
        if (retryAfter == null || retryAfter.isBlank()) {
            return backoff;
        }
        String value = retryAfter.trim();
        if (value.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(ZonedDateTime.now(when.getZone()), when);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return backoff;
        }
    }
}
