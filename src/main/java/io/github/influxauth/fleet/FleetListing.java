package io.github.influxauth.fleet;

import io.github.influxauth.failure.Failure;
import io.github.influxauth.failure.IncompleteListing;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.output.ConfigOutcome;
import io.github.influxauth.output.FleetRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The listing of several servers, merged: in the configs file's order and each server's own, or
 * sorted as a whole; cut at the limit as a whole. Streaming formats write each token as it is
 * handed over, so that the first server streams as a single one does. The other formats, and any
 * sorted listing, take a server's tokens only once the server has answered whole: a server that
 * fails adds nothing to them, as a single failing server prints nothing.
 */
public final class FleetListing<R> implements Fleet.Receiver<R> {

    /** How often a streaming listing checks whether anyone still reads its output. */
    private static final int CHECK_OUTPUT_EVERY = 256;

    /** The caller's words for what happened: printed on stderr, and put into the json. */
    public interface Reporter<R> {
        /** A config is done; {@code failure} is what to report about it, or null. */
        void ended(Fleet.End<R> end, Failure failure);

        /** The message for a failure, as its {@code error:} line has it. */
        String message(Failure failure);
    }

    private record Listed(String config, Authorization token) {}

    private final FleetRenderer renderer;
    private final Comparator<Authorization> order;
    private final Integer limit;
    private final BooleanSupplier outputClosed;
    private final Reporter<R> reporter;
    private final boolean streaming;
    private final List<Authorization> pending = new ArrayList<>();
    private final List<Listed> sorted = new ArrayList<>();
    private final List<ConfigOutcome> outcomes = new ArrayList<>();
    private int kept;
    private int keptOfServer;
    private boolean closed;
    private int exitCode;

    /**
     * @param order null for the configs file's order, then each server's
     * @param limit null for no limit
     */
    public FleetListing(
            FleetRenderer renderer,
            Comparator<Authorization> order,
            Integer limit,
            BooleanSupplier outputClosed,
            Reporter<R> reporter) {
        this.renderer = renderer;
        this.order = order;
        this.limit = limit;
        this.outputClosed = outputClosed;
        this.reporter = reporter;
        this.streaming = renderer.streams() && order == null;
    }

    @Override
    public boolean token(Fleet.Member member, Authorization token) {
        if (!streaming) {
            pending.add(token);
            return order != null || !limitReached();
        }
        if (limitReached()) {
            return false;
        }
        renderer.add(member.config(), token);
        kept++;
        keptOfServer++;
        if (kept % CHECK_OUTPUT_EVERY == 0 && outputClosed.getAsBoolean()) {
            closed = true;
        }
        return !limitReached();
    }

    @Override
    public void end(Fleet.End<R> end) {
        Failure failure = end.failure();
        if (failure instanceof IncompleteListing incomplete) {
            failure = incomplete.failure(); // only what was printed here makes a listing incomplete
        }
        if (failure != null && streaming && keptOfServer > 0) {
            failure = new IncompleteListing(failure, keptOfServer);
        }
        if (failure == null) {
            for (Authorization token : pending) {
                if (order != null) {
                    sorted.add(new Listed(end.member().config(), token));
                } else if (!limitReached()) {
                    renderer.add(end.member().config(), token);
                    kept++;
                }
            }
        }
        pending.clear();
        keptOfServer = 0;
        outcomes.add(new ConfigOutcome(
                end.member().config(),
                end.member().host(),
                end.api(),
                failure == null ? null : reporter.message(failure),
                failure == null ? 0 : failure.exitCode()));
        if (exitCode == 0 && failure != null) {
            exitCode = failure.exitCode();
        }
        reporter.ended(end, failure);
    }

    @Override
    public boolean abandoned() {
        return closed;
    }

    /**
     * Writes what was held back and ends the output.
     *
     * @return the exit code of the first config, in the configs file's order, that failed; 0 when none did
     */
    public int finish() {
        if (closed) {
            return exitCode;
        }
        if (order != null) {
            // A stable sort: equal keys keep the configs file's order, then each server's.
            sorted.sort(Comparator.comparing(Listed::token, order));
            for (Listed listed : limit == null ? sorted : sorted.subList(0, Math.min(limit, sorted.size()))) {
                renderer.add(listed.config(), listed.token());
            }
        }
        renderer.finish(outcomes);
        return exitCode;
    }

    private boolean limitReached() {
        return limit != null && kept >= limit;
    }
}
