package io.github.influxauth.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The client's Jackson. Listing reads its trees straight from the streaming parser: setting up an
 * ObjectMapper costs ~40 ms of a ~250 ms run (its class initialisation reaches into calendars and
 * locale data), so only the paths that need one (a whole body, an error body) create it.
 */
final class Json {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {}

    static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    /** For whole bodies: text after the JSON value is an error, not something to ignore. */
    static ObjectReader wholeBody() {
        return Mapper.WHOLE_BODY;
    }

    /**
     * The value at the parser's current token, as {@link #mapper()}'s {@code readTree} builds it
     * (floats as BigDecimal without trailing zeros; a repeated key keeps its first place and its last value); leaves the
     * parser on the value's last token.
     */
    static JsonNode readTree(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    object.replace(name, readTree(p));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readTree(p));
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

    /** Created on first use only. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper(FACTORY.copy())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        static final ObjectReader WHOLE_BODY = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
