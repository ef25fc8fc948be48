package io.github.influxauth.api;

import io.github.influxauth.failure.Timeout;
import java.time.Duration;

/** The time limit of a whole command, shared by every request, retry and page it makes. */
final class Deadline {

    /**
     * The configuration refuses longer limits; should one come here all the same, a count of
     * nanoseconds that long would overflow, so it is taken as no limit.
     */
    private static final Duration NO_LIMIT_BEYOND = Duration.ofDays(36_500);

    private final long endNanos;
    private final Timeout timeout;

    private Deadline(long endNanos, Timeout timeout) {
        this.endNanos = endNanos;
        this.timeout = timeout;
    }

    /** {@link Duration#ZERO} means no limit. */
    static Deadline after(Timeout timeout) {
        Duration limit = timeout.limit();
        boolean none = limit.isZero() || limit.compareTo(NO_LIMIT_BEYOND) > 0;
        return new Deadline(none ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos(), timeout);
    }

    /** Nanoseconds left; {@link Long#MAX_VALUE} when there is no limit. */
    long remainingNanos() {
        return endNanos == Long.MAX_VALUE ? Long.MAX_VALUE : endNanos - System.nanoTime();
    }

    Timeout timeout() {
        return timeout;
    }
}
