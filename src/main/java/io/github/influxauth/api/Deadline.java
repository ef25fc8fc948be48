package io.github.influxauth.api;

import java.time.Duration;

/** The time limit of a whole command, shared by every request, retry and page it makes. */
final class Deadline {

    private final long endNanos;
    private final Duration limit;

    private Deadline(long endNanos, Duration limit) {
        this.endNanos = endNanos;
        this.limit = limit;
    }

    /** {@link Duration#ZERO} means no limit. */
    static Deadline after(Duration limit) {
        // A century is no limit for a command, and much more would overflow a count of nanoseconds.
        boolean none = limit.isZero() || limit.compareTo(NO_LIMIT_BEYOND) > 0;
        return new Deadline(none ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos(), limit);
    }

    private static final Duration NO_LIMIT_BEYOND = Duration.ofDays(36_500);

    /** Nanoseconds left; {@link Long#MAX_VALUE} when there is no limit. */
    long remainingNanos() {
        return endNanos == Long.MAX_VALUE ? Long.MAX_VALUE : endNanos - System.nanoTime();
    }

    String describe() {
        long ms = limit.toMillis();
        return ms % 1000 == 0 ? "the --timeout of " + (ms / 1000) + "s" : "the --timeout of " + ms + "ms";
    }
}
