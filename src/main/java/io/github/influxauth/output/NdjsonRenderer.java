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
        String line;
        try {
            line = COMPACT.writeValueAsString(a.raw()) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // One write a record: output stopped between writes (by a signal) then ends on a whole line.
        out.print(line);
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
