package io.github.influxauth.api;

import io.github.influxauth.failure.HttpFailure;
import io.github.influxauth.filter.BucketLookup;
import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Bucket;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code --api auto}: speaks v2 until an answer to a v2 request bears InfluxDB 3's marks, then asks
 * InfluxDB 3 instead. A v2 server sees exactly the requests it always did; an InfluxDB 3 server one
 * more than it needs. Once one answer has told, the other API is never tried.
 */
final class DetectingSource implements TokenSource {

    private final V2Api v2;
    private final V3Api v3;
    private Api api;

    DetectingSource(V2Api v2, V3Api v3) {
        this.v2 = v2;
        this.v3 = v3;
    }

    @Override
    public void list(AuthorizationQuery query, Sink sink) {
        if (api == Api.V3) {
            v3.list(query, sink);
            return;
        }
        try {
            v2.list(query, token -> {
                api = Api.V2;
                return sink.accept(token);
            });
        } catch (HttpFailure f) {
            if (!switchedToV3(f)) {
                throw f;
            }
            v3.list(query, sink);
            return;
        }
        api = Api.V2;
    }

    @Override
    public Authorization get(String idOrName) {
        if (api == Api.V3) {
            return v3.get(idOrName);
        }
        return v2First(() -> v2.get(idOrName), () -> v3.get(idOrName));
    }

    @Override
    public BucketLookup buckets() {
        return new BucketLookup() {
            @Override
            public Bucket byId(String id) {
                return v2First(() -> v2.byId(id), null);
            }

            @Override
            public List<Bucket> byName(String name, String org) {
                return v2First(() -> v2.byName(name, org), null);
            }

            @Override
            public String orgName(String orgID) {
                return v2First(() -> v2.orgName(orgID), null);
            }
        };
    }

    @Override
    public Api api() {
        return api;
    }

    @Override
    public boolean withoutAuthentication() {
        return api == Api.V3 && v3.withoutAuthentication();
    }

    @Override
    public void checkDeadline() {
        // Both speak through one transport, under one deadline.
        v2.checkDeadline();
    }

    @Override
    public void close() {
        // Both speak through one transport.
        v2.close();
    }

    /**
     * Runs a v2 request; when its answer is InfluxDB 3's, runs {@code ifV3} instead, or rethrows the
     * failure when there is none (a bucket look-up, which has no InfluxDB 3 equivalent).
     */
    private <T> T v2First(Supplier<T> v2Request, Supplier<T> ifV3) {
        T result;
        try {
            result = v2Request.get();
        } catch (HttpFailure f) {
            if (!switchedToV3(f) || ifV3 == null) {
                throw f;
            }
            return ifV3.get();
        }
        api = Api.V2;
        return result;
    }

    /** Whether this failure, to the first request answered, tells that the server is InfluxDB 3; remembers it. */
    private boolean switchedToV3(HttpFailure f) {
        if (api == null && f.influxDb3()) {
            api = Api.V3;
            return true;
        }
        return false;
    }
}
