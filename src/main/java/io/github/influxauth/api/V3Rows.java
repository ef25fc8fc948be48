package io.github.influxauth.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.influxauth.failure.BadResponse;
import io.github.influxauth.failure.BadResponse.Kind;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.V3Row;
import java.io.IOException;
import java.time.Instant;
import okhttp3.HttpUrl;

/** The rows of InfluxDB 3's query output ({@code format=json}: one array of objects), read as they stream in. */
final class V3Rows {

    private V3Rows() {}

    /** Hands each row, as a token, to {@code sink}; stops reading when the sink has had enough. */
    static void read(JsonParser parser, HttpUrl url, Instant now, TokenSource.Sink sink) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw BadResponse.of(Kind.WRONG_TOP_LEVEL, url.toString(), "a JSON array");
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (!sink.accept(token(Json.readTree(parser), url, now))) {
                return;
            }
        }
    }

    private static Authorization token(JsonNode row, HttpUrl url, Instant now) {
        try {
            return V3Row.toToken(row, now);
        } catch (IllegalArgumentException e) {
            throw BadResponse.of(Kind.SHAPE, url.toString(), e.getMessage());
        }
    }
}
