package io.github.influxauth.filter;

import io.github.influxauth.failure.Failure;
import io.github.influxauth.failure.HttpFailure;
import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Which buckets that permissions name by ID no longer exist. influxd sends a bucket permission's
 * name only when it found the bucket, so only permissions with an ID and no name are worth asking
 * about; each such bucket is looked up once ({@code GET /api/v2/buckets/{id}}), however many
 * permissions and tokens name it. Only InfluxDB's own "not found" counts as missing; a look-up that
 * fails otherwise (a token that may not read buckets, a timeout) leaves the bucket unchecked.
 */
public final class MissingBuckets {

    /**
     * @param missing   the IDs of the buckets the server says do not exist
     * @param unchecked how many look-ups failed otherwise
     * @param failure   the first of those failures, or null
     */
    public record Result(Set<String> missing, int unchecked, Failure failure) {

        public static final Result NONE = new Result(Set.of(), 0, null);

        public Result {
            missing = Set.copyOf(missing);
        }
    }

    private MissingBuckets() {}

    /** The buckets of a v2 token's permissions worth looking up, in the order first named; none for InfluxDB 3. */
    public static Set<String> toCheck(Collection<Authorization> tokens) {
        Set<String> ids = new LinkedHashSet<>();
        for (Authorization a : tokens) {
            if (a.api() != Api.V2) {
                continue;
            }
            for (Permission p : a.permissions()) {
                if (p.resource().type().equals("buckets")
                        && p.resource().id() != null
                        && p.resource().name() == null) {
                    ids.add(p.resource().id());
                }
            }
        }
        return ids;
    }

    /**
     * Looks each bucket up once, on {@code executor}: a pool bounds how many go at once,
     * {@code Runnable::run} sends them one after the other.
     */
    public static Result check(BucketLookup buckets, Collection<String> ids, Executor executor) {
        if (ids.isEmpty()) {
            return Result.NONE;
        }
        List<String> order = new ArrayList<>(ids);
        List<CompletableFuture<Failure>> lookups = new ArrayList<>();
        for (String id : order) {
            lookups.add(CompletableFuture.supplyAsync(() -> lookUp(buckets, id), executor));
        }
        Set<String> missing = new LinkedHashSet<>();
        int unchecked = 0;
        Failure first = null;
        for (int i = 0; i < order.size(); i++) {
            Failure f;
            try {
                f = lookups.get(i).join();
            } catch (CompletionException e) {
                // Not a failure of the tool's own kinds: a bug, to be seen as one.
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            if (f == null) {
                continue;
            }
            if (f instanceof HttpFailure h && h.notFound()) {
                missing.add(order.get(i));
            } else {
                unchecked++;
                first = first == null ? f : first;
            }
        }
        return new Result(missing, unchecked, first);
    }

    /** Null when the bucket is there; else why the look-up failed. */
    private static Failure lookUp(BucketLookup buckets, String id) {
        try {
            buckets.byId(id);
            return null;
        } catch (Failure f) {
            return f;
        }
    }
}
