package io.github.influxauth.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.influxauth.api.AuthorizationQuery;
import io.github.influxauth.failure.OutOfMemory;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.output.ListRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Running out of memory while a listing holds its tokens is a failure to report, not a crash. */
class ListingMemoryTest {

    /** Hands over three tokens, then the heap runs out. */
    private static final class ExhaustingSource extends Stubs.Source {

        @Override
        public void list(AuthorizationQuery query, Sink sink) {
            for (int i = 0; i < 3; i++) {
                sink.accept(Stubs.token("000000000000000" + i, "active"));
            }
            throw new OutOfMemoryError("Java heap space");
        }
    }

    /** Holds until {@link #finish}, as table and json do; records whether it was told to let go. */
    private static final class HoldingRenderer implements ListRenderer {
        List<Authorization> held = new ArrayList<>();
        boolean discarded;

        @Override
        public void add(Authorization authorization) {
            held.add(authorization);
        }

        @Override
        public void finish() {
            throw new AssertionError("finish after running out of memory");
        }

        @Override
        public void discard() {
            held = null;
            discarded = true;
        }
    }

    @Test
    void aHoldingRendererLetsGoAndTheListingSaysWhy() {
        HoldingRenderer renderer = new HoldingRenderer();
        Listing listing = new Listing(null, null);
        OutOfMemory e = assertThrows(
                OutOfMemory.class,
                () -> listing.run(
                        new ExhaustingSource(),
                        AuthorizationQuery.ALL,
                        api -> new Listing.Stage(a -> true, renderer),
                        () -> false));
        assertEquals(true, e.holdingListing());
        assertEquals(true, renderer.discarded);
        assertEquals(1, e.exitCode());
    }

    @Test
    void sortingHoldsTooEvenForAStreamingFormat() {
        ListRenderer streaming = new Stubs.Recorder(true);
        Listing listing = new Listing(Comparator.comparing(Authorization::id), null);
        OutOfMemory e = assertThrows(
                OutOfMemory.class,
                () -> listing.run(
                        new ExhaustingSource(),
                        AuthorizationQuery.ALL,
                        api -> new Listing.Stage(a -> true, streaming),
                        () -> false));
        assertEquals(true, e.holdingListing());
    }

    @Test
    void aStreamingListingThatRunsOutHeldNothingOfItsOwn() {
        ListRenderer streaming = new Stubs.Recorder(true);
        OutOfMemory e = assertThrows(
                OutOfMemory.class,
                () -> new Listing(null, null)
                        .run(
                                new ExhaustingSource(),
                                AuthorizationQuery.ALL,
                                api -> new Listing.Stage(a -> true, streaming),
                                () -> false));
        assertEquals(false, e.holdingListing());
    }
}
