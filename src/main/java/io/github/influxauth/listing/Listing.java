package io.github.influxauth.listing;

import io.github.influxauth.api.AuthorizationQuery;
import io.github.influxauth.api.TokenSource;
import io.github.influxauth.failure.Failure;
import io.github.influxauth.failure.IncompleteListing;
import io.github.influxauth.failure.OutOfMemory;
import io.github.influxauth.model.Api;
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
 *
 * <p>Which tokens to keep and how to write them may depend on the API the server speaks, which an
 * {@code auto} source learns from the server's first answer: so they are asked for, once, when the
 * first token arrives (or at the end of an empty listing).
 *
 * <p>The source's time limit is checked at every token, while fetching and while writing: work on
 * what the server sent counts against the limit too.
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

    /** What a listing does with the tokens of a server that speaks a given API. */
    @FunctionalInterface
    public interface Plan {
        /** Called once, when the API is known; {@code api} is null only for a source that never tells. */
        Stage stage(Api api);
    }

    /** Which tokens to keep, and what writes them. */
    public record Stage(Predicate<Authorization> keep, ListRenderer renderer) {}

    private final Comparator<Authorization> order;
    private final Integer limit;

    /**
     * @param order null for the server's order
     * @param limit null for no limit
     */
    public Listing(Comparator<Authorization> order, Integer limit) {
        this.order = order;
        this.limit = limit;
    }

    /**
     * Lists and writes. A failure after a streaming renderer has written tokens becomes an
     * {@link IncompleteListing}; before that, and for renderers that hold back, nothing is written.
     *
     * @param outputClosed asked now and then while streaming: true once nobody reads the output
     */
    public Result run(TokenSource source, AuthorizationQuery query, Plan plan, BooleanSupplier outputClosed) {
        State s = new State(source, plan);
        // Made now: once the heap has run out, even these small objects might not fit.
        OutOfMemory holdingListing = new OutOfMemory(true);
        OutOfMemory streaming = new OutOfMemory(false);
        try {
            if (order == null) {
                source.list(query, a -> {
                    s.fetched++;
                    source.checkDeadline();
                    if (limitReached(s.kept)) {
                        return false;
                    }
                    if (s.stage().keep().test(a)) {
                        write(s, a, outputClosed);
                    }
                    return !s.outputClosed && !limitReached(s.kept);
                });
            } else {
                s.held = new ArrayList<>();
                source.list(query, a -> {
                    s.fetched++;
                    source.checkDeadline();
                    if (s.stage().keep().test(a)) {
                        s.held.add(a);
                    }
                    return true;
                });
                List<Authorization> kept = s.held;
                kept.sort(order);
                source.checkDeadline();
                for (Authorization a : limit == null ? kept : kept.subList(0, Math.min(limit, kept.size()))) {
                    source.checkDeadline();
                    write(s, a, outputClosed);
                    if (s.outputClosed) {
                        break;
                    }
                }
            }
            if (!s.outputClosed) {
                // Table and json write everything now: not once the time is up.
                source.checkDeadline();
            }
        } catch (Failure e) {
            if (s.stage != null && s.stage.renderer().streams() && s.kept > 0) {
                throw new IncompleteListing(e, s.kept);
            }
            throw e;
        } catch (OutOfMemoryError e) {
            // What was held goes first, so that the error can be reported in the memory it frees.
            s.held = null;
            boolean holding =
                    order != null || (s.stage != null && !s.stage.renderer().streams());
            if (s.stage != null) {
                s.stage.renderer().discard();
            }
            throw holding ? holdingListing : streaming;
        }
        if (!s.outputClosed) {
            s.stage().renderer().finish();
        }
        return new Result(s.fetched, s.kept, s.outputClosed);
    }

    private boolean limitReached(int kept) {
        return limit != null && kept >= limit;
    }

    private static void write(State s, Authorization a, BooleanSupplier outputClosed) {
        ListRenderer renderer = s.stage().renderer();
        renderer.add(a);
        s.kept++;
        if (renderer.streams() && s.kept % CHECK_OUTPUT_EVERY == 0 && outputClosed.getAsBoolean()) {
            s.outputClosed = true;
        }
    }

    private static final class State {
        final TokenSource source;
        final Plan plan;
        Stage stage;
        int fetched;
        int kept;
        boolean outputClosed;
        /** The tokens kept for sorting; dropped when memory runs out. */
        List<Authorization> held;

        State(TokenSource source, Plan plan) {
            this.source = source;
            this.plan = plan;
        }

        Stage stage() {
            if (stage == null) {
                stage = plan.stage(source.api());
            }
            return stage;
        }
    }
}
