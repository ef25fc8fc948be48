package io.github.influxauth;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;

/**
 * JsonNode trees read straight from a Jackson streaming parser (JSON from the server, TOML from the
 * configs file). Setting up an ObjectMapper (or a TomlMapper) costs 30-45 ms of a ~200 ms run: its
 * class initialisation reaches into calendars and CLDR locale data. A listing needs only the
 * parser's tokens as nodes.
 */
public final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {}

    /**
     * The value at the parser's current token, as an ObjectMapper builds it except for numbers, which
     * keep their text exactly (a repeated key keeps its first place and its last value); leaves the
     * parser on the value's last token.
     */
    public static JsonNode read(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    object.replace(name, read(p));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(p));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                // Kept as the server wrote it (1.50 stays 1.50, -0.0 stays -0.0, 1e3 stays 1e3):
                // the JSON formats print what was sent, not what a number type makes of it.
                return NODES.rawValueNode(new RawValue(p.getText()));
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(p, "unexpected token " + p.currentToken());
        }
    }

    /** The text of a number, as {@link #read} keeps it (or as an ObjectMapper reads it); null for any other node. */
    public static String numberText(JsonNode node) {
        if (node.isNumber()) {
            return node.asText();
        }
        if (node instanceof POJONode pojo && pojo.getPojo() instanceof RawValue raw) {
            return String.valueOf(raw.rawValue());
        }
        return null;
    }
}
