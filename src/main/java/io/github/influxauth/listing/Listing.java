package io.github.influxauth.listing;

import io.github.influxauth.api.AuthorizationQuery;
import io.github.influxauth.api.TokenSource;
import io.github.influxauth.failure.Failure;
import io.github.influxauth.failure.IncompleteListing;
import io.github.influxauth.failure.OutOfMemory;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.output.ListRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A listing from fetch to print: the tokens a source hands over, kept by a predicate, maybe
 * sorted, cut at a limit, written by a renderer. In the server's order it streams: the first
 * {@code limit} kept tokens end the fetching, and nobody left to read ends it too.
 */
public final class Listing {

    /** How often a streaming listing checks whether anyone still reads its output. */
    private static final int CHECK_OUTPUT_EVERY = 256;

    /**
     * @param fetched      how many tokens the server handed over
     * @param kept         how many were written
     * @param outputClosed whether the listing stopped because nobody reads its output any more
     */
    public record Result(int fetched, int kept, boolean outputClosed) {}

    private final Predicate<Authorization> keep;
    private final Comparator<Authorization> order;
    private final Integer limit;

    /**
     * @param order null for the server's order
     * @param limit null for no limit
     */
    public Listing(Predicate<Authorization> keep, Comparator<Authorization> order, Integer limit) {
        this.keep = keep;
        this.order = order;
        this.limit = limit;
    }

    /**
     * Lists and writes. A failure after a streaming renderer has written tokens becomes an
     * {@link IncompleteListing}; before that, and for renderers that hold back, nothing is written.
     * The source's time limit is checked at every token, while fetching and while writing: work on
     * what the server sent counts against the limit too.
     *
     * @param outputClosed asked now and then while streaming: true once nobody reads the output
     */
    public Result run(TokenSource source, AuthorizationQuery query, ListRenderer renderer, BooleanSupplier outputClosed) {
        Counter count = new Counter();
        boolean holding = order != null || !renderer.streams();
        // Made now: once the heap has run out, even this small object might not fit.
        OutOfMemory outOfMemory = new OutOfMemory(holding);
        try {
            if (order == null) {
                source.list(query, a -> {
                    count.fetched++;
                    source.checkDeadline();
                    if (limitReached(count.kept)) {
                        return false;
                    }
                    if (keep.test(a)) {
                        write(renderer, a, count, outputClosed);
                    }
                    return !count.outputClosed && !limitReached(count.kept);
                });
            } else {
                count.held = new ArrayList<>();
                source.list(query, a -> {
                    count.fetched++;
                    source.checkDeadline();
                    if (keep.test(a)) {
                        count.held.add(a);
                    }
                    return true;
                });
                List<Authorization> kept = count.held;
                kept.sort(order);
                source.checkDeadline();
                for (Authorization a : limit == null ? kept : kept.subList(0, Math.min(limit, kept.size()))) {
                    source.checkDeadline();
                    write(renderer, a, count, outputClosed);
                    if (count.outputClosed) {
                        break;
                    }
                }
            }
            if (!count.outputClosed) {
                // Table and json write everything now: not once the time is up.
                source.checkDeadline();
            }
        } catch (Failure e) {
            if (renderer.streams() && count.kept > 0) {
                throw new IncompleteListing(e, count.kept);
            }
            throw e;
        } catch (OutOfMemoryError e) {
            // What was held goes first, so that the error can be reported in the memory it frees.
            count.held = null;
            renderer.discard();
            throw outOfMemory;
        }
        if (!count.outputClosed) {
            renderer.finish();
        }
        return new Result(count.fetched, count.kept, count.outputClosed);
    }

    private boolean limitReached(int kept) {
        return limit != null && kept >= limit;
    }

    private static void write(ListRenderer renderer, Authorization a, Counter count, BooleanSupplier outputClosed) {
        renderer.add(a);
        count.kept++;
        if (renderer.streams() && count.kept % CHECK_OUTPUT_EVERY == 0 && outputClosed.getAsBoolean()) {
            count.outputClosed = true;
        }
    }

    private static final class Counter {
        int fetched;
        int kept;
        boolean outputClosed;
        /** The tokens kept for sorting; dropped when memory runs out. */
        List<Authorization> held;
    }
}
