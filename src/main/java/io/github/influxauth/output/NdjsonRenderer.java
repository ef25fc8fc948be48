package io.github.influxauth.output;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.influxauth.model.Authorization;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** One compact server object a line, written as each arrives. */
final class NdjsonRenderer implements ListRenderer {

    private static final ObjectWriter COMPACT = JsonRenderer.mapper().writer();

    private final PrintWriter out;

    NdjsonRenderer(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void add(Authorization a) {
        try {
            COMPACT.writeValue(out, a.raw());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.print('\n');
    }

    @Override
    public void finish() {
        out.flush();
    }

    @Override
    public boolean streams() {
        return true;
    }
}
