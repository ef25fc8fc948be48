package io.github.influxauth.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.influxauth.JsonTrees;
import java.io.IOException;

/**
 * The client's Jackson. Listing reads its trees straight from the streaming parser: setting up an
 * ObjectMapper costs ~40 ms of a ~250 ms run (its class initialisation reaches into calendars and
 * locale data), so only the paths that need one (a whole body, an error body) create it.
 */
final class Json {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private Json() {}

    static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    /** For whole bodies: text after the JSON value is an error, not something to ignore. */
    static ObjectReader wholeBody() {
        return Mapper.WHOLE_BODY;
    }

    /** The value at the parser's current token; see {@link JsonTrees#read}. */
    static JsonNode readTree(JsonParser p) throws IOException {
        return JsonTrees.read(p);
    }

    /** Created on first use only. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper(FACTORY.copy())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        static final ObjectReader WHOLE_BODY = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
