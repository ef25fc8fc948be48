package io.github.influxauth.filter;

import java.util.List;

/** The resources {@code --can} asks about, as far as they could be learnt, and what was assumed (or null). */
public record CanResolution(List<CanTarget> targets, CanNote note) {

    public CanResolution {
        targets = List.copyOf(targets);
    }
}
