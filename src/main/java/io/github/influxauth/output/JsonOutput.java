package io.github.influxauth.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.influxauth.JsonTrees;
import io.github.influxauth.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * How the JSON formats write the server's objects: as sent, except that a token value is masked
 * unless asked for, and that characters a terminal would act on (DEL, C1 controls, Unicode format
 * characters such as bidi overrides, line separators) are written as {@code \\uXXXX}: the same JSON
 * value, safe on a terminal ({@code jq} prints the controls it is given).
 *
 * <p>The trees are written with a bare {@link JsonGenerator}: an {@code ObjectMapper} would write
 * the same bytes, but setting one up costs a short run ~40 ms.
 */
final class JsonOutput {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new TerminalSafeEscapes())
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

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
            copy.set(
                    field.getKey(),
                    field.getKey().equals("token")
                            ? JsonNodeFactory.instance.textNode(
                                    Tokens.mask(field.getValue().asText()))
                            : field.getValue());
        }
        return copy;
    }

    /** {@code node} pretty-printed like jq: two spaces, {@code "key": value}; no newline after it. */
    static void writePretty(JsonNode node, PrintWriter out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(prettyPrinter());
            write(node, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code node} pretty-printed, then a newline; flushed. */
    static void pretty(JsonNode node, PrintWriter out) {
        writePretty(node, out);
        out.print('\n');
        out.flush();
    }

    /** {@code node} compact, on one line that ends in a newline. */
    static String line(JsonNode node) {
        StringWriter line = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(line)) {
            write(node, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.append('\n').toString();
    }

    /** A tree as {@link JsonTrees#read} makes them: numbers are the server's text, kept in a POJO node. */
    private static void write(JsonNode node, JsonGenerator g) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    g.writeFieldName(field.getKey());
                    write(field.getValue(), g);
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode element : node) {
                    write(element, g);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NULL -> g.writeNull();
            case NUMBER -> g.writeNumber(node.asText());
            case POJO -> g.writeRawValue(JsonTrees.numberText(node));
            default -> throw new IllegalArgumentException("no JSON value: " + node.getNodeType());
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
            boolean unsafe = (ch >= 0x80 && ch < 0xa0)
                    || ch == 0x2028
                    || ch == 0x2029
                    || (ch <= Character.MAX_VALUE && TerminalText.isFormat((char) ch));
            // Returning null keeps the character; an escape made here is written as given.
            return unsafe ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }
}
