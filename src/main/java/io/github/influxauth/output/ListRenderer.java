package io.github.influxauth.output;

import io.github.influxauth.model.Authorization;

/**
 * Writes a listing. {@link #add} is called once per authorization in order, {@link #finish} once at
 * the end. Streaming formats write in {@code add}; the others hold back until {@code finish}, so a
 * listing that fails half-way prints nothing.
 */
public interface ListRenderer {

    void add(Authorization authorization);

    void finish();

    /** True when this renderer writes as it goes (so an error can leave part of a listing behind). */
    default boolean streams() {
        return false;
    }

    /**
     * Lets go of what this renderer holds for {@link #finish}, which will not come: called when
     * memory ran out, so that the error can be reported in what is freed.
     */
    default void discard() {}
}
