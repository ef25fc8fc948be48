package io.github.influxauth.cli;

import io.github.influxauth.api.TokenSource;
import io.github.influxauth.filter.CanNote;
import io.github.influxauth.filter.CanQuery;
import io.github.influxauth.filter.CanResolution;
import io.github.influxauth.filter.CanResolver;
import io.github.influxauth.listing.Listing;
import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.output.ListRenderer;
import java.time.Instant;

/**
 * One server's part of a command over a fleet, on its own thread: {@code --can} resolved on it, its
 * tokens filtered as {@code list} filters them, the kept ones handed on as they come.
 */
final class ServerListing {

    /** What the listing leaves to say: its {@code --can} note, and how many tokens the server returned. */
    record Facts(CanNote note, int fetched) {}

    private ServerListing() {}

    /**
     * @param oneServer whether this is the only server: then {@code --id} must be a v2 ID on a v2
     *                  server, as for {@code list}; among several, an InfluxDB 3 ID or name just
     *                  matches no v2 token
     */
    static Facts run(
            TokenSource source, ListFilterOptions filters, Instant now, boolean oneServer, TokenSource.Sink sink) {
        CanQuery can = filters.canQuery();
        if (oneServer && source.api() == Api.V2) {
            filters.requireV2Ids();
        }
        CanResolution v2Can = can == null || source.api() == Api.V3 ? null : ListCommand.resolveOnV2(can, source);
        CanNote[] note = {null};
        Forward forward = new Forward(sink);
        Listing.Result result = new Listing(null, null)
                .run(
                        source,
                        filters.query(),
                        api -> {
                            if (oneServer && api == Api.V2) {
                                filters.requireV2Ids();
                            }
                            CanResolution resolved =
                                    can == null ? null : api == Api.V3 ? CanResolver.byName(can) : v2Can;
                            note[0] = resolved == null ? null : resolved.note();
                            return new Listing.Stage(filters.predicate(resolved, now), forward);
                        },
                        () -> forward.stopped);
        return new Facts(note[0], result.fetched());
    }

    /** Hands the kept tokens on as they come; remembers when no more are wanted. */
    private static final class Forward implements ListRenderer {
        private final TokenSource.Sink sink;
        private boolean stopped;

        Forward(TokenSource.Sink sink) {
            this.sink = sink;
        }

        @Override
        public void add(Authorization token) {
            stopped |= !sink.accept(token);
        }

        @Override
        public void finish() {}

        @Override
        public boolean streams() {
            return true;
        }
    }
}
