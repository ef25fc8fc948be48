package io.github.influxauth.api;

import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.HttpFailure;
import io.github.influxauth.failure.NotFound;
import io.github.influxauth.failure.Origin;
import io.github.influxauth.failure.V3QueryFailure;
import io.github.influxauth.filter.BucketLookup;
import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import java.time.Instant;
import okhttp3.HttpUrl;

/**
 * InfluxDB 3 Core and Enterprise, which have no token endpoint: the tokens are the rows of
 * {@code system.tokens} in database {@code _internal}, read with SQL through the query API, as
 * {@code influxdb3 show tokens} does.
 */
final class V3Api implements TokenSource {

    static final String QUERY_PATH = "api/v3/query_sql";
    /** Ordered, because without ORDER BY the server promises no order. */
    static final String TOKENS_QUERY =
            "{\"db\":\"_internal\",\"q\":\"SELECT * FROM system.tokens ORDER BY token_id\",\"format\":\"json\"}";

    private final Transport transport;
    private final Instant now;
    private final Origin why;
    private boolean withoutAuthentication;

    /**
     * @param now the moment that decides which tokens have expired
     * @param why where the choice of InfluxDB 3 came from, or null when the server's answer told
     */
    V3Api(Transport transport, Instant now, Origin why) {
        this.transport = transport;
        this.now = now;
        this.why = why;
    }

    @Override
    public void list(AuthorizationQuery query, Sink sink) {
        if (query.user() != null || query.userID() != null || query.org() != null || query.orgID() != null) {
            throw ConfigFailure.of(ConfigFailure.Problem.NO_USER_OR_ORG_IN_V3, null, null);
        }
        HttpUrl url = transport.url(QUERY_PATH).build();
        try {
            transport.post(url, TOKENS_QUERY, parser -> {
                V3Rows.read(parser, url, now, token -> {
                    // The hash column is left out only by a server started without authentication.
                    withoutAuthentication |= token.hash() == null;
                    return sink.accept(token);
                });
                return null;
            });
        } catch (HttpFailure f) {
            throw new V3QueryFailure(f, why);
        }
    }

    /** The token whose {@code token_id} is {@code idOrName}, else the one of that name (names are unique). */
    @Override
    public Authorization get(String idOrName) {
        Authorization[] found = new Authorization[2];
        list(AuthorizationQuery.ALL, token -> {
            if (token.id().equals(idOrName)) {
                found[0] = token;
                return false;
            }
            if (found[1] == null && idOrName.equals(token.name())) {
                found[1] = token;
            }
            return true;
        });
        if (found[0] == null && found[1] == null) {
            throw new NotFound(
                    "token", idOrName, null, transport.url(QUERY_PATH).build().toString());
        }
        return found[0] != null ? found[0] : found[1];
    }

    @Override
    public BucketLookup buckets() {
        throw new IllegalStateException("InfluxDB 3 has no buckets to look up");
    }

    @Override
    public Api api() {
        return Api.V3;
    }

    @Override
    public boolean withoutAuthentication() {
        return withoutAuthentication;
    }

    @Override
    public void checkDeadline() {
        transport.checkDeadline();
    }

    @Override
    public void close() {
        transport.close();
    }
}
