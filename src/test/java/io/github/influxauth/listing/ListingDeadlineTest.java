package io.github.influxauth.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.influxauth.api.AuthorizationQuery;
import io.github.influxauth.failure.IncompleteListing;
import io.github.influxauth.failure.Origin;
import io.github.influxauth.failure.OutOfTime;
import io.github.influxauth.failure.Timeout;
import io.github.influxauth.model.Authorization;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** The time limit bounds the work on what the server sent, not only the requests: checked at every token. */
class ListingDeadlineTest {

    private static final OutOfTime OUT_OF_TIME =
            new OutOfTime(new Timeout(Duration.ofSeconds(2), Origin.option("--timeout")));

    /** Hands over ten tokens; its time is up after {@code checksAllowed} checks. */
    private static final class ClockedSource extends Stubs.Source {

        final int checksAllowed;
        int checks;

        ClockedSource(int checksAllowed) {
            this.checksAllowed = checksAllowed;
        }

        @Override
        public void list(AuthorizationQuery query, Sink sink) {
            for (int i = 0; i < 10; i++) {
                if (!sink.accept(Stubs.token("000000000000000" + i, "active"))) {
                    return;
                }
            }
        }

        @Override
        public void checkDeadline() {
            if (++checks > checksAllowed) {
                throw OUT_OF_TIME;
            }
        }
    }

    @Test
    void aStreamedListingStopsAtTheTokenWhereTimeRanOut() {
        Stubs.Recorder renderer = new Stubs.Recorder(true);
        IncompleteListing e = assertThrows(
                IncompleteListing.class,
                () -> new Listing(null, null)
                        .run(
                                new ClockedSource(4),
                                AuthorizationQuery.ALL,
                                api -> new Listing.Stage(a -> true, renderer),
                                () -> false));
        assertSame(OUT_OF_TIME, e.failure());
        assertEquals(4, e.written());
        assertEquals(4, renderer.ids.size());
    }

    @Test
    void aSortedListingIsCheckedWhileItIsWritten() {
        Stubs.Recorder renderer = new Stubs.Recorder(false);
        // Ten checks while fetching, one after sorting, then three tokens are written.
        OutOfTime e = assertThrows(
                OutOfTime.class,
                () -> new Listing(Comparator.comparing(Authorization::id), null)
                        .run(
                                new ClockedSource(14),
                                AuthorizationQuery.ALL,
                                api -> new Listing.Stage(a -> true, renderer),
                                () -> false));
        assertSame(OUT_OF_TIME, e);
        assertEquals(3, renderer.ids.size());
        assertEquals(false, renderer.finished, "a table printed after the time was up");
    }

    @Test
    void aHeldListingIsNotPrintedOnceTimeIsUp() {
        Stubs.Recorder renderer = new Stubs.Recorder(false);
        assertThrows(
                OutOfTime.class,
                () -> new Listing(null, null)
                        .run(
                                new ClockedSource(10),
                                AuthorizationQuery.ALL,
                                api -> new Listing.Stage(a -> true, renderer),
                                () -> false));
        assertEquals(false, renderer.finished);
    }

    @Test
    void withinTheLimitNothingChanges() {
        Stubs.Recorder renderer = new Stubs.Recorder(true);
        Listing.Result r = new Listing(null, null)
                .run(
                        new ClockedSource(100),
                        AuthorizationQuery.ALL,
                        api -> new Listing.Stage(a -> true, renderer),
                        () -> false);
        assertEquals(10, r.kept());
        assertInstanceOf(Listing.Result.class, r);
        assertEquals(true, renderer.finished);
    }
}
