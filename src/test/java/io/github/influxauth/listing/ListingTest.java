package io.github.influxauth.listing;

import static io.github.influxauth.listing.Stubs.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.influxauth.api.AuthorizationQuery;
import io.github.influxauth.failure.ConnectionFailure;
import io.github.influxauth.failure.IncompleteListing;
import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The listing pipeline on plain lists: no server, no picocli. */
class ListingTest {

    private static final List<Authorization> FIVE = List.of(
            token("0000000000000005", "active"),
            token("0000000000000001", "inactive"),
            token("0000000000000004", "active"),
            token("0000000000000002", "active"),
            token("0000000000000003", "inactive"));

    /** Hands over its list, then fails with {@code failure} if given; counts what it handed over. */
    private static final class ListSource extends Stubs.Source {
        final List<Authorization> tokens;
        final RuntimeException failure;
        Api api = Api.V2;
        int handedOver;
        boolean finished;

        ListSource(List<Authorization> tokens, RuntimeException failure) {
            this.tokens = tokens;
            this.failure = failure;
        }

        @Override
        public void list(AuthorizationQuery query, Sink sink) {
            for (Authorization a : tokens) {
                handedOver++;
                if (!sink.accept(a)) {
                    return;
                }
            }
            if (failure != null) {
                throw failure;
            }
            finished = true;
        }

        @Override
        public Api api() {
            // As a source that finds out does: known once the server has answered.
            return handedOver > 0 || finished ? api : null;
        }
    }

    private static Listing.Result run(
            Predicate<Authorization> keep,
            Comparator<Authorization> order,
            Integer limit,
            ListSource source,
            Stubs.Recorder out) {
        return new Listing(order, limit)
                .run(source, AuthorizationQuery.ALL, api -> new Listing.Stage(keep, out), () -> false);
    }

    @Test
    void keepsWhatThePredicateKeepsInTheServersOrder() {
        Stubs.Recorder out = new Stubs.Recorder(true);
        Listing.Result r = run(a -> a.status().equals("active"), null, null, new ListSource(FIVE, null), out);
        assertEquals(List.of("0000000000000005", "0000000000000004", "0000000000000002"), out.ids);
        assertEquals(new Listing.Result(5, 3, false), r);
        assertEquals(true, out.finished);
    }

    @Test
    void aLimitInTheServersOrderStopsTheFetching() {
        Stubs.Recorder out = new Stubs.Recorder(true);
        ListSource source = new ListSource(FIVE, null);
        Listing.Result r = run(a -> true, null, 2, source, out);
        assertEquals(List.of("0000000000000005", "0000000000000001"), out.ids);
        assertEquals(2, source.handedOver);
        assertEquals(new Listing.Result(2, 2, false), r);
    }

    @Test
    void aLimitAfterSortingSeesEveryToken() {
        Stubs.Recorder out = new Stubs.Recorder(false);
        ListSource source = new ListSource(FIVE, null);
        Listing.Result r = run(a -> true, Comparator.comparing(Authorization::id), 2, source, out);
        assertEquals(List.of("0000000000000001", "0000000000000002"), out.ids);
        assertEquals(5, source.handedOver);
        assertEquals(new Listing.Result(5, 2, false), r);
    }

    @Test
    void limitZeroWritesNothing() {
        Stubs.Recorder out = new Stubs.Recorder(true);
        assertEquals(0, run(a -> true, null, 0, new ListSource(FIVE, null), out).kept());
        assertEquals(List.of(), out.ids);
    }

    @Test
    void aFailureAfterStreamedTokensMakesTheListingIncomplete() {
        ConnectionFailure reset = new ConnectionFailure(ConnectionFailure.Kind.OTHER, "http://h/", "h", "reset", null);
        Stubs.Recorder out = new Stubs.Recorder(true);
        IncompleteListing e = assertThrows(
                IncompleteListing.class, () -> run(a -> true, null, null, new ListSource(FIVE, reset), out));
        assertSame(reset, e.failure());
        assertEquals(5, e.written());
        assertEquals(false, out.finished);
    }

    @Test
    void aFailureBeforeAnythingIsWrittenIsItself() {
        ConnectionFailure reset = new ConnectionFailure(ConnectionFailure.Kind.OTHER, "http://h/", "h", "reset", null);
        Stubs.Recorder held = new Stubs.Recorder(false);
        assertSame(
                reset,
                assertThrows(
                        ConnectionFailure.class, () -> run(a -> true, null, null, new ListSource(FIVE, reset), held)));
        Stubs.Recorder streaming = new Stubs.Recorder(true);
        assertSame(
                reset,
                assertThrows(
                        ConnectionFailure.class,
                        () -> run(a -> false, null, null, new ListSource(FIVE, reset), streaming)));
    }

    @Test
    void nobodyReadingStopsAStreamingListing() {
        List<Authorization> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(token(String.format("%016x", i), "active"));
        }
        Stubs.Recorder out = new Stubs.Recorder(true);
        ListSource source = new ListSource(many, null);
        Listing.Result r = new Listing(null, null)
                .run(source, AuthorizationQuery.ALL, api -> new Listing.Stage(a -> true, out), () -> true);
        assertEquals(true, r.outputClosed());
        assertEquals(256, r.kept(), "checked every 256 tokens");
        assertEquals(256, source.handedOver);
        assertEquals(false, out.finished);
    }

    @Test
    void thePlanIsAskedOnceWithTheApiTheSourceLearnt() {
        List<Api> asked = new ArrayList<>();
        Stubs.Recorder out = new Stubs.Recorder(true);
        ListSource source = new ListSource(FIVE, null);
        source.api = Api.V3;
        new Listing(null, null)
                .run(
                        source,
                        AuthorizationQuery.ALL,
                        api -> {
                            asked.add(api);
                            return new Listing.Stage(a -> true, out);
                        },
                        () -> false);
        assertEquals(List.of(Api.V3), asked);
        assertEquals(5, out.ids.size());
    }

    @Test
    void anEmptyListingIsPlannedAtTheEndSoItsRendererStillFinishes() {
        List<Api> asked = new ArrayList<>();
        Stubs.Recorder out = new Stubs.Recorder(false);
        ListSource source = new ListSource(List.of(), null);
        source.api = Api.V3;
        Listing.Result r = new Listing(null, null)
                .run(
                        source,
                        AuthorizationQuery.ALL,
                        api -> {
                            asked.add(api);
                            return new Listing.Stage(a -> true, out);
                        },
                        () -> false);
        assertEquals(List.of(Api.V3), asked);
        assertEquals(true, out.finished);
        assertEquals(new Listing.Result(0, 0, false), r);
    }
}
