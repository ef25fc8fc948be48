package io.github.influxauth.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.influxauth.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * How the JSON formats write the server's objects: as sent, except that a token value is masked
 * unless asked for, and that characters a terminal would act on (DEL, C1 controls, Unicode format
 * characters such as bidi overrides, line separators) are written as {@code \\uXXXX}: the same JSON
 * value, safe on a terminal ({@code jq} prints the controls it is given).
 */
final class JsonOutput {

    private static final ObjectMapper MAPPER =
            new ObjectMapper(new JsonFactory().setCharacterEscapes(new TerminalSafeEscapes()))
                    .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());
    static final ObjectWriter COMPACT = MAPPER.writer();

    private JsonOutput() {}

    /** {@code raw} as it will be printed: the token masked unless {@code showTokens}. */
    static JsonNode printable(ObjectNode raw, boolean showTokens) {
        if (raw == null || showTokens || !Tokens.isDisclosed(textOf(raw.get("token")))) {
            return raw;
        }
        // A copy, field by field in the server's order; only the token differs.
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = raw.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            copy.set(field.getKey(), field.getKey().equals("token")
                    ? JsonNodeFactory.instance.textNode(Tokens.mask(field.getValue().asText()))
                    : field.getValue());
        }
        return copy;
    }

    static void write(ObjectWriter writer, Object node, PrintWriter out) {
        try {
            writer.writeValue(out, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code node} pretty-printed, then a newline; flushed. */
    static void pretty(JsonNode node, PrintWriter out) {
        write(PRETTY, node, out);
        out.print('\n');
        out.flush();
    }

    /** {@code node} compact, on one line that ends in a newline. */
    static String line(JsonNode node) {
        try {
            return COMPACT.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String textOf(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
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

    /** JSON's own escapes, plus {@code \\uXXXX} for DEL, the C1 controls and format characters. */
    private static final class TerminalSafeEscapes extends CharacterEscapes {
        private final int[] ascii;

        TerminalSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            boolean unsafe = (ch >= 0x80 && ch < 0xa0) || ch == 0x2028 || ch == 0x2029
                    || (ch <= Character.MAX_VALUE && TerminalText.isFormat((char) ch));
            // Returning null keeps the character; an escape made here is written as given.
            return unsafe ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }
}
