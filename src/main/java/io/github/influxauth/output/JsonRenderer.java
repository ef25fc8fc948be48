package io.github.influxauth.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.influxauth.model.Authorization;
import java.io.PrintWriter;

/** A JSON array of the objects as the server sent them (see {@link JsonOutput}), pretty-printed like jq: two spaces, {@code "key": value}. */
final class JsonRenderer implements ListRenderer {

    private final PrintWriter out;
    private final boolean showTokens;
    private ArrayNode array = JsonNodeFactory.instance.arrayNode();

    JsonRenderer(PrintWriter out, boolean showTokens) {
        this.out = out;
        this.showTokens = showTokens;
    }

    @Override
    public void add(Authorization a) {
        array.add(JsonOutput.printable(a.raw(), showTokens));
    }

    @Override
    public void finish() {
        JsonOutput.writePretty(array, out);
        out.print('\n');
        out.flush();
    }

    @Override
    public void discard() {
        array = null;
    }

    static void writeOne(Authorization a, PrintWriter out, boolean showTokens) {
        JsonOutput.writePretty(JsonOutput.printable(a.raw(), showTokens), out);
        out.print('\n');
        out.flush();
    }
}
