package io.github.influxauth.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.influxauth.JsonTrees;
import java.io.IOException;

/**
 * The client's Jackson. Listing reads its trees straight from the streaming parser: setting up an
 * ObjectMapper costs ~40 ms of a ~250 ms run (its class initialisation reaches into calendars and
 * locale data), so only error bodies, off the common path, create one.
 */
final class Json {

    /**
     * The longest string read, in characters. Jackson's default (20 million) refused a real 25 MB
     * description, which was then reported as invalid JSON; a string beyond this one is reported
     * as too long. Memory, not this limit, is what usually runs out first.
     */
    static final int LONGEST_STRING = 100_000_000;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(LONGEST_STRING).build())
            .build();

    private Json() {}

    static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    /** The value at the parser's current token; see {@link JsonTrees#read}. */
    static JsonNode readTree(JsonParser p) throws IOException {
        return JsonTrees.read(p);
    }

    /** Created on first use only. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper(FACTORY.copy())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }
}
