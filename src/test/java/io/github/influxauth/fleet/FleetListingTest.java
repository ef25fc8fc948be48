package io.github.influxauth.fleet;

import static io.github.influxauth.fleet.FleetTest.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.failure.Failure;
import io.github.influxauth.failure.IncompleteListing;
import io.github.influxauth.failure.NotFound;
import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.output.ConfigOutcome;
import io.github.influxauth.output.FleetRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge of several servers' tokens, fed by hand as {@link Fleet} would feed it. */
class FleetListingTest {

    static final Fleet.Member A = new Fleet.Member("a", "http://a", null, null);
    static final Fleet.Member B = new Fleet.Member("b", "http://b", null, null);
    static final Failure BROKEN = new NotFound("bucket", "x", null);

    /** Writes "config:id" for each token; at the end, what became of each config. */
    static final class Recording implements FleetRenderer {
        final boolean streams;
        final List<String> written = new ArrayList<>();
        List<ConfigOutcome> outcomes;

        Recording(boolean streams) {
            this.streams = streams;
        }

        @Override
        public void add(String config, Authorization token) {
            written.add(config + ":" + token.id());
        }

        @Override
        public void finish(List<ConfigOutcome> configs) {
            outcomes = configs;
        }

        @Override
        public boolean streams() {
            return streams;
        }
    }

    final List<String> reported = new ArrayList<>();

    FleetListing<String> listing(FleetRenderer renderer, Comparator<Authorization> order, Integer limit) {
        return new FleetListing<>(renderer, order, limit, () -> false, new FleetListing.Reporter<>() {
            @Override
            public void ended(Fleet.End<String> end, Failure failure) {
                reported.add(end.member().config() + (failure == null ? "" : " " + message(failure)));
            }

            @Override
            public String message(Failure failure) {
                return failure instanceof IncompleteListing i ? "incomplete after " + i.written() : "broken";
            }
        });
    }

    static Fleet.End<String> ok(Fleet.Member m) {
        return new Fleet.End<>(m, Api.V2, "r", null, false);
    }

    static Fleet.End<String> failed(Fleet.Member m) {
        return new Fleet.End<>(m, Api.V2, null, BROKEN, false);
    }

    @Test
    void streamingWritesAsTokensComeAndSaysWhatAFailureCut() {
        Recording renderer = new Recording(true);
        FleetListing<String> listing = listing(renderer, null, null);
        listing.token(A, token("1"));
        assertEquals(List.of("a:1"), renderer.written, "written at once");
        listing.end(ok(A));
        listing.token(B, token("2"));
        listing.token(B, token("3"));
        listing.end(failed(B));
        assertEquals(4, listing.finish());
        assertEquals(List.of("a:1", "b:2", "b:3"), renderer.written);
        assertEquals(List.of("a", "b incomplete after 2"), reported);
        assertEquals(
                List.of(
                        new ConfigOutcome("a", "http://a", Api.V2, null, 0),
                        new ConfigOutcome("b", "http://b", Api.V2, "incomplete after 2", 4)),
                renderer.outcomes);
    }

    @Test
    void heldFormatsTakeNothingFromAServerThatFailed() {
        Recording renderer = new Recording(false);
        FleetListing<String> listing = listing(renderer, null, null);
        listing.token(A, token("1"));
        listing.end(failed(A));
        listing.token(B, token("2"));
        assertEquals(List.of(), renderer.written, "held until the server has answered whole");
        listing.end(ok(B));
        assertEquals(4, listing.finish());
        assertEquals(List.of("b:2"), renderer.written);
        assertEquals(List.of("a broken", "b"), reported, "nothing was printed, so nothing is incomplete");
    }

    @Test
    void theLimitCountsTheMergedListInTheConfigsOrder() {
        Recording renderer = new Recording(true);
        FleetListing<String> listing = listing(renderer, null, 3);
        assertTrue(listing.token(A, token("1")));
        assertTrue(listing.token(A, token("2")));
        listing.end(ok(A));
        assertFalse(listing.token(B, token("3")), "the third is the last wanted");
        assertFalse(listing.token(B, token("4")));
        listing.end(ok(B));
        assertEquals(0, listing.finish());
        assertEquals(List.of("a:1", "a:2", "b:3"), renderer.written);
    }

    @Test
    void sortingMergesEveryServerBeforeTheLimit() {
        Recording renderer = new Recording(true);
        FleetListing<String> listing = listing(renderer, Comparator.comparing(Authorization::id), 3);
        listing.token(A, token("5"));
        listing.token(A, token("2"));
        listing.end(ok(A));
        listing.token(B, token("4"));
        listing.token(B, token("1"));
        listing.end(ok(B));
        assertEquals(List.of(), renderer.written, "nothing before every server has answered");
        listing.finish();
        assertEquals(List.of("b:1", "a:2", "b:4"), renderer.written);
    }
}
