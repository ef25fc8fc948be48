package io.github.influxauth.output;

import io.github.influxauth.model.Authorization;
import java.io.PrintWriter;

/** One compact server object a line (see {@link JsonOutput}), written as each arrives. */
final class NdjsonRenderer implements ListRenderer {

    private final PrintWriter out;
    private final boolean showTokens;

    NdjsonRenderer(PrintWriter out, boolean showTokens) {
        this.out = out;
        this.showTokens = showTokens;
    }

    @Override
    public void add(Authorization a) {
        // One write a record: output stopped between writes (by a signal) then ends on a whole line.
        out.print(JsonOutput.line(JsonOutput.printable(a.raw(), showTokens)));
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
