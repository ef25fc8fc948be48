package io.github.influxauth.api;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.influxauth.failure.BadResponse;
import io.github.influxauth.failure.BadResponse.Kind;
import io.github.influxauth.failure.HttpFailure;
import io.github.influxauth.filter.BucketLookup;
import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Bucket;
import io.github.influxauth.model.Ids;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;

/** The InfluxDB v2 API: {@code /api/v2/authorizations}, paged with {@code links.next}, and the bucket look-ups of {@code --can}. */
final class V2Api implements TokenSource, BucketLookup {

    private final Transport transport;

    V2Api(Transport transport) {
        this.transport = transport;
    }

    @Override
    public void list(AuthorizationQuery query, Sink sink) {
        HttpUrl.Builder url = transport.url("api/v2/authorizations");
        addParam(url, "user", query.user());
        addParam(url, "userID", query.userID());
        addParam(url, "org", query.org());
        addParam(url, "orgID", query.orgID());
        HttpUrl page = url.build();
        try {
            listPages(page, sink);
        } catch (HttpFailure e) {
            // influxd says "user not found" without the name: the query knows it.
            if (e.notFound() && query.user() != null && "user not found".equals(e.serverMessage())) {
                throw e.about("user", query.user());
            }
            throw e;
        }
    }

    private void listPages(HttpUrl first, Sink sink) {
        HttpUrl page = first;
        Set<HttpUrl> seen = new HashSet<>();
        seen.add(page);
        V2Page.Paging paging = new V2Page.Paging();
        while (page != null && !paging.stopped()) {
            HttpUrl current = page;
            String link = transport.get(current, parser -> V2Page.read(parser, current, paging, sink));
            HttpUrl next = link == null || paging.stopped() ? null : NextLinks.resolve(transport.base(), current, link);
            if (next != null && !seen.add(next)) {
                throw BadResponse.of(
                        Kind.PAGING_REPEATS,
                        current.toString(),
                        next.encodedPath() + (next.encodedQuery() == null ? "" : "?" + next.encodedQuery()));
            }
            page = next;
            paging.nextPage();
        }
    }

    @Override
    public Authorization get(String id) {
        HttpUrl url = transport.url("api/v2/authorizations").addPathSegment(id).build();
        try {
            return object(url, Authorization::fromJson);
        } catch (HttpFailure e) {
            throw e.notFound() ? e.about("authorization", id) : e;
        }
    }

    @Override
    public void checkDeadline() {
        transport.checkDeadline();
    }

    @Override
    public BucketLookup buckets() {
        return this;
    }

    @Override
    public Api api() {
        return Api.V2;
    }

    @Override
    public Bucket byId(String id) {
        return object(transport.url("api/v2/buckets").addPathSegment(id).build(), Bucket::fromJson);
    }

    @Override
    public List<Bucket> byName(String name, String org) {
        HttpUrl.Builder builder = transport.url("api/v2/buckets").addQueryParameter("name", name);
        addParam(builder, Ids.isId(org) ? "orgID" : "org", org);
        HttpUrl url = builder.build();
        return object(url, root -> {
            JsonNode buckets = root.get("buckets");
            if (buckets == null || !buckets.isArray()) {
                throw new IllegalArgumentException("no \"buckets\" array");
            }
            List<Bucket> found = new ArrayList<>();
            for (JsonNode b : buckets) {
                Bucket bucket = Bucket.fromJson(b);
                if (name.equals(bucket.name())) {
                    found.add(bucket);
                }
            }
            return found;
        });
    }

    @Override
    public String orgName(String orgID) {
        HttpUrl url = transport.url("api/v2/orgs").addPathSegment(orgID).build();
        return object(url, node -> {
            if (!node.path("name").isTextual()) {
                throw new IllegalArgumentException("an org without a name");
            }
            return node.path("name").asText();
        });
    }

    @Override
    public void close() {
        transport.close();
    }

    private interface Parse<T> {
        T from(JsonNode node);
    }

    /**
     * A body that is one JSON object, parsed with {@code parse} while the response is open: what
     * {@code parse} finds wrong quotes the server's data, which the transport then redacts.
     */
    private <T> T object(HttpUrl url, Parse<T> parse) {
        return transport.get(url, parser -> {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw BadResponse.of(Kind.WRONG_TOP_LEVEL, url.toString(), "a JSON object");
            }
            JsonNode node = Json.readTree(parser);
            try {
                return parse.from(node);
            } catch (IllegalArgumentException e) {
                throw BadResponse.of(Kind.SHAPE, url.toString(), e.getMessage());
            }
        });
    }

    private static void addParam(HttpUrl.Builder url, String name, String value) {
        if (value != null) {
            url.addQueryParameter(name, value);
        }
    }
}
