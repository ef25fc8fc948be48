package io.github.influxauth.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.influxauth.failure.BadResponse;
import io.github.influxauth.failure.BadResponse.Kind;
import io.github.influxauth.model.Authorization;
import java.io.IOException;
import okhttp3.HttpUrl;

/** One page of {@code GET /api/v2/authorizations}, read as it streams in. */
final class V2Page {

    private V2Page() {}

    /**
     * What a listing remembers across pages. Offset paging shifts when tokens are created or deleted
     * meanwhile, so a later page may repeat one already handed over: IDs are remembered, but only
     * once the server is known to page, so that a one-page listing of any size stays in flat memory.
     * The first page's IDs are remembered when its links come before its authorizations, as influxd
     * writes them. They are kept compactly ({@link SeenIds}): a paged listing of millions of tokens
     * streams in little memory too.
     */
    static final class Paging {
        private int pages;
        private SeenIds ids;
        private boolean stopped;

        void nextPage() {
            pages++;
        }

        boolean stopped() {
            return stopped;
        }

        private void pagingSeen() {
            if (ids == null) {
                ids = new SeenIds();
            }
        }

        /** False for an authorization already handed over on an earlier page. */
        private boolean first(Authorization a) {
            if (pages > 0) {
                pagingSeen();
            }
            return ids == null || ids.add(a.id());
        }
    }

    /**
     * Reads the page object at the parser, handing each new authorization to {@code sink}; returns
     * {@code links.next}, or null on the last page. Stops reading when the sink has had enough.
     */
    static String read(JsonParser parser, HttpUrl url, Paging paging, TokenSource.Sink sink) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw BadResponse.of(Kind.WRONG_TOP_LEVEL, url.toString(), "a JSON object");
        }
        String next = null;
        boolean sawList = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("authorizations")) {
                if (value != JsonToken.START_ARRAY) {
                    throw BadResponse.of(Kind.SHAPE, url.toString(), "\"authorizations\" is not an array");
                }
                sawList = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    Authorization a = authorization(Json.readTree(parser), url);
                    if (paging.first(a) && !sink.accept(a)) {
                        paging.stopped = true;
                        return null;
                    }
                }
            } else if (field.equals("links") && value == JsonToken.START_OBJECT) {
                next = nextLink(Json.readTree(parser), url);
                if (next != null) {
                    paging.pagingSeen();
                }
            } else {
                parser.skipChildren();
            }
        }
        if (!sawList) {
            throw BadResponse.of(Kind.SHAPE, url.toString(), "no \"authorizations\" array");
        }
        return next;
    }

    private static Authorization authorization(JsonNode node, HttpUrl url) {
        try {
            return Authorization.fromJson(node);
        } catch (IllegalArgumentException e) {
            throw BadResponse.of(Kind.SHAPE, url.toString(), e.getMessage());
        }
    }

    /** {@code links.next}, or null on the last page. A next link that is not a string would silently lose pages. */
    private static String nextLink(JsonNode links, HttpUrl url) {
        JsonNode next = links.get("next");
        if (next == null || next.isNull() || (next.isTextual() && next.asText().isEmpty())) {
            return null;
        }
        if (!next.isTextual()) {
            throw BadResponse.of(Kind.SHAPE, url.toString(), "\"links.next\" is not a string");
        }
        return next.asText();
    }
}
