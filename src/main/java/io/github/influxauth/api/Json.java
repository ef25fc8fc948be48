package io.github.influxauth.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.influxauth.JsonTrees;
import java.io.IOException;

/**
 * The client's Jackson. Every body, error bodies too, is read into trees straight from the streaming
 * parser: setting up an ObjectMapper costs ~40 ms of a ~250 ms run (its class initialisation reaches
 * into calendars and locale data), and its few hundred classes, once a run had loaded them, would be
 * in the start-up archive that every run maps (and that JDK 25 loads whole).
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
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(LONGEST_STRING)
                    .build())
            .build();

    private Json() {}

    /** The value at the parser's current token; see {@link JsonTrees#read}. */
    static JsonNode readTree(JsonParser p) throws IOException {
        return JsonTrees.read(p);
    }

    /** The first value in {@code text}, as an ObjectMapper's readTree reads it; null when there is none. */
    static JsonNode readTree(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            return p.nextToken() == null ? null : JsonTrees.read(p);
        }
    }
}
