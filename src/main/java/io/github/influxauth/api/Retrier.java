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

    /**
     * What to do after a failed attempt: {@code null} (after waiting) when the request should be
     * sent again; else why not, for a 429 or 503, in words for the user; else the empty string.
     */
    String retryOrWhyNot(int attempt, int status, String retryAfter) {
        if (status != 429 && status != 503) {
            return "";
        }
        if (attempt >= MAX_RETRIES) {
            return "still HTTP " + status + " after " + MAX_RETRIES + " retries; try again later";
        }
        Duration wait = waitFor(retryAfter, attempt);
        String after = attempt == 0 ? "" : attempt == 1 ? " (after 1 retry)" : " (after " + attempt + " retries)";
        if (wait.toNanos() >= deadline.remainingNanos()) {
            return "not retried: waiting the " + seconds(wait) + " the server asked for would pass " + deadline.describe() + after;
        }
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            return "not retried: the server asked to wait " + seconds(wait) + after + "; try again later";
        }
        try {
            sleeper.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while waiting to retry";
        }
        return null;
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "s" : String.format(java.util.Locale.ROOT, "%.1fs", ms / 1000.0);
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
