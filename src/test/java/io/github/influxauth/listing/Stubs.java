package io.github.influxauth.listing;

import io.github.influxauth.api.TokenSource;
import io.github.influxauth.filter.BucketLookup;
import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.output.ListRenderer;
import java.util.ArrayList;
import java.util.List;

/** What the listing tests hand a {@link Listing}: tokens, a source of them, a renderer that records. */
final class Stubs {

    private Stubs() {}

    /** A v2 token with just an ID, a status and a description. */
    static Authorization token(String id, String status) {
        return new Authorization(id, null, status, "token " + id, null, null, null, null, null, null, List.of(), null);
    }

    /** A v2 source that only lists: each test says how. */
    abstract static class Source implements TokenSource {
        @Override
        public Api api() {
            return Api.V2;
        }

        @Override
        public Authorization get(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BucketLookup buckets() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {}
    }

    /** Records the IDs it is given, and whether it was finished. */
    static final class Recorder implements ListRenderer {
        final List<String> ids = new ArrayList<>();
        final boolean streams;
        boolean finished;

        Recorder(boolean streams) {
            this.streams = streams;
        }

        @Override
        public void add(Authorization a) {
            ids.add(a.id());
        }

        @Override
        public void finish() {
            finished = true;
        }

        @Override
        public boolean streams() {
            return streams;
        }
    }
}
