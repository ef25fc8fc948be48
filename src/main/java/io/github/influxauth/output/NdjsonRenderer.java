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
        JsonOutput.write(JsonOutput.COMPACT, JsonOutput.printable(a.raw(), showTokens), out);
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
