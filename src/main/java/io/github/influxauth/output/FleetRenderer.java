package io.github.influxauth.output;

import io.github.influxauth.model.Authorization;
import java.util.List;

/**
 * Writes the tokens of several servers: each with the config it came from. {@link #add} is called
 * in the listing's order, {@link #finish} once at the end with what became of every config.
 * Streaming formats write in {@code add}; the others hold back until {@code finish}.
 */
public interface FleetRenderer {

    void add(String config, Authorization token);

    /** @param configs every config asked, in the configs file's order */
    void finish(List<ConfigOutcome> configs);

    /** True when this renderer writes as it goes. */
    default boolean streams() {
        return false;
    }
}
