package io.github.influxauth.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.influxauth.model.Authorization;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** A JSON array of the objects exactly as the server sent them, pretty-printed like jq: two spaces, {@code "key": value}. */
final class JsonRenderer implements ListRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

    private final PrintWriter out;
    private final ArrayNode array = JsonNodeFactory.instance.arrayNode();

    JsonRenderer(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void add(Authorization a) {
        array.add(a.raw());
    }

    @Override
    public void finish() {
        write(array, out);
    }

    static void writeOne(Authorization a, PrintWriter out) {
        write(a.raw(), out);
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    static void write(Object node, PrintWriter out) {
        try {
            PRETTY.writeValue(out, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.print('\n');
        out.flush();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
