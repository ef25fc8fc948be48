package io.github.influxauth.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.failure.HttpFailure;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Bucket;
import io.github.influxauth.model.Permission;
import io.github.influxauth.model.Resource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MissingBucketsTest {

    static final String ORG = "5f1c2d3e4a6b7c80";

    static Authorization token(Permission... permissions) {
        return new Authorization(
                "0d47c0000000a001",
                null,
                "active",
                null,
                ORG,
                null,
                null,
                null,
                null,
                null,
                List.of(permissions),
                null);
    }

    static Permission bucket(String action, String id, String name) {
        return new Permission(action, new Resource("buckets", id, ORG, name, null));
    }

    static HttpFailure status(int status, boolean influxError, String message) {
        return new HttpFailure(
                new HttpFailure.Response(
                        status,
                        influxError ? "not found" : null,
                        message,
                        null,
                        null,
                        "http://x/api/v2/buckets",
                        influxError,
                        influxError,
                        false),
                null,
                null,
                null,
                null);
    }

    /** Buckets by ID: present, or the failure its look-up meets; counts the look-ups. */
    static final class Lookups implements BucketLookup {
        final Map<String, RuntimeException> failures;
        final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

        Lookups(Map<String, RuntimeException> failures) {
            this.failures = failures;
        }

        @Override
        public Bucket byId(String id) {
            asked.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            if (failures.containsKey(id)) {
                throw failures.get(id);
            }
            return new Bucket(id, "b", ORG);
        }

        @Override
        public List<Bucket> byName(String name, String org) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String orgName(String orgID) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void onlyBucketsNamedByIdAloneAreWorthAskingAbout() {
        Set<String> ids = MissingBuckets.toCheck(List.of(
                token(
                        bucket("read", "aaaaaaaaaaaaaaaa", null),
                        bucket("write", "aaaaaaaaaaaaaaaa", null),
                        bucket("read", "bbbbbbbbbbbbbbbb", "telegraf"),
                        bucket("write", null, null),
                        new Permission("read", new Resource("dashboards", "cccccccccccccccc", ORG, null, null))),
                token(bucket("read", "dddddddddddddddd", null), bucket("read", "aaaaaaaaaaaaaaaa", null))));
        assertEquals(List.of("aaaaaaaaaaaaaaaa", "dddddddddddddddd"), List.copyOf(ids));
    }

    @Test
    void onlyInfluxDbsOwnNotFoundMeansMissing() {
        HttpFailure denied = status(401, true, "unauthorized");
        Lookups lookups = new Lookups(Map.of(
                "aaaaaaaaaaaaaaaa", status(404, true, "bucket not found"),
                "bbbbbbbbbbbbbbbb", status(404, false, null),
                "cccccccccccccccc", denied));
        MissingBuckets.Result r = MissingBuckets.check(
                lookups,
                List.of("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb", "cccccccccccccccc", "dddddddddddddddd"),
                Runnable::run);
        assertEquals(Set.of("aaaaaaaaaaaaaaaa"), r.missing());
        assertEquals(2, r.unchecked());
        assertEquals(404, ((HttpFailure) r.failure()).status(), "the first failure in the order asked");
    }

    @Test
    void eachBucketIsAskedOnceOnTheExecutorGiven() {
        Lookups lookups = new Lookups(Map.of("aaaaaaaaaaaaaaaa", status(404, true, "bucket not found")));
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<String> ids = List.copyOf(MissingBuckets.toCheck(List.of(
                    token(bucket("read", "aaaaaaaaaaaaaaaa", null), bucket("write", "aaaaaaaaaaaaaaaa", null)),
                    token(bucket("read", "aaaaaaaaaaaaaaaa", null), bucket("read", "eeeeeeeeeeeeeeee", null)))));
            MissingBuckets.Result r = MissingBuckets.check(lookups, ids, two);
            assertEquals(Set.of("aaaaaaaaaaaaaaaa"), r.missing());
        } finally {
            two.shutdownNow();
        }
        assertEquals(1, lookups.asked.get("aaaaaaaaaaaaaaaa").get());
        assertEquals(1, lookups.asked.get("eeeeeeeeeeeeeeee").get());
    }
}
