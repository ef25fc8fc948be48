package io.github.influxauth.api;

import io.github.influxauth.filter.BucketLookup;
import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;

/** The tokens of one server, whichever API it speaks: what commands talk to. */
public interface TokenSource extends AutoCloseable {

    /** Receives the tokens of a listing one at a time, as they are read. */
    @FunctionalInterface
    interface Sink {
        /** @return whether to go on: false stops the listing, and the rest is not fetched */
        boolean accept(Authorization authorization);
    }

    /** Lists the tokens the query selects, in the server's order, handing each to {@code sink} as soon as it is read. */
    void list(AuthorizationQuery query, Sink sink);

    /**
     * One token: by its ID for InfluxDB v2 (16 hexadecimal characters, which callers check before),
     * by its {@code token_id} or else its name for InfluxDB 3.
     */
    Authorization get(String idOrName);

    /**
     * Fails with {@link io.github.influxauth.failure.OutOfTime} once the command's time limit has
     * passed: for the work done on what the server sent (filtering, sorting, rendering), which the
     * requests' own deadline does not see. A source with no time limit has nothing to check.
     */
    default void checkDeadline() {}

    /** Bucket look-ups for {@code --can}: InfluxDB v2 only (InfluxDB 3 permissions name their databases). */
    BucketLookup buckets();

    /**
     * The API the server speaks: known from the start when it was given, else as soon as the server
     * has answered (before the first token is handed over); null until then.
     */
    Api api();

    /** Whether a listing showed that the server checks no tokens (InfluxDB 3 started without authentication). */
    default boolean withoutAuthentication() {
        return false;
    }

    @Override
    void close();
}
