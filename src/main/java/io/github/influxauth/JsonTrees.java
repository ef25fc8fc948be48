package io.github.influxauth;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;

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
     * The value at the parser's current token, as an ObjectMapper with {@code USE_BIG_DECIMAL_FOR_FLOATS} builds it
     * (floats as BigDecimal without trailing zeros; a repeated key keeps its first place and its last value); leaves the
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
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT: {
                // As the mapper's default STRIP_TRAILING_BIGDECIMAL_ZEROES: 1.50 -> 1.5, -0.0 -> 0.
                BigDecimal value = p.getDecimalValue();
                return NODES.numberNode(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
            }
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
}
