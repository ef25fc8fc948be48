package io.github.influxauth.cli;

import io.github.influxauth.api.AuthorizationQuery;
import io.github.influxauth.api.TokenSource;
import io.github.influxauth.config.Environment;
import io.github.influxauth.failure.Failure;
import io.github.influxauth.filter.CanNote;
import io.github.influxauth.filter.CanQuery;
import io.github.influxauth.filter.CanResolution;
import io.github.influxauth.filter.CanResolver;
import io.github.influxauth.fleet.Fleet;
import io.github.influxauth.fleet.FleetListing;
import io.github.influxauth.listing.Listing;
import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.output.FleetRenderers;
import io.github.influxauth.output.Format;
import io.github.influxauth.output.ListRenderer;
import java.io.PrintWriter;
import java.time.Instant;
import picocli.CommandLine.Model.CommandSpec;

/** {@code list} over several configs: each server listed and filtered on its own thread, the tokens merged. */
final class ListSeveral {

    /** What one server's listing leaves to say: its {@code --can} note, and whether it returned anything. */
    record Facts(CanNote note, int fetched) {}

    private ListSeveral() {}

    static int run(CommandSpec spec, ListFilterOptions filters, OutputOptions output) {
        Environment env = RootCommand.of(spec).environment();
        Instant now = env.clock().instant();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AuthorizationQuery query = filters.query();
        CanQuery can = filters.canQuery();
        FleetListing<Facts> listing = new FleetListing<>(
                FleetRenderers.of(output.format(env, Format.table), out, output.renderOptions(env)),
                filters.sort() == null ? null : filters.sort().comparator(), filters.limit(), out::checkError,
                new FleetListing.Reporter<>() {
                    @Override
                    public void ended(Fleet.End<Facts> end, Failure failure) {
                        String config = end.member().config();
                        if (failure != null) {
                            SeveralServers.failed(err, config, failure);
                            return;
                        }
                        Notes.print(err, SeveralServers.prefix(config), end.result().note());
                        if (end.api() != Api.V3 && end.result().fetched() == 0 && query.equals(AuthorizationQuery.ALL)) {
                            Notes.emptyListing(err, SeveralServers.prefix(config));
                        }
                        if (end.withoutAuthentication()) {
                            Notes.withoutAuthentication(err, SeveralServers.prefix(config));
                        }
                    }

                    @Override
                    public String message(Failure failure) {
                        return SeveralServers.message(failure);
                    }
                });
        // --id is not held to the v2 form here: an InfluxDB 3 ID or name among the servers matches no v2 token.
        Fleet.run(SeveralServers.members(spec, now), (source, sink) -> {
            CanResolution v2Can = can == null || source.api() == Api.V3 ? null : ListCommand.resolveOnV2(can, source);
            CanNote[] note = {null};
            Forward forward = new Forward(sink);
            Listing.Result result = new Listing(null, null).run(source, query, api -> {
                CanResolution resolved = can == null ? null : api == Api.V3 ? CanResolver.byName(can) : v2Can;
                note[0] = resolved == null ? null : resolved.note();
                return new Listing.Stage(filters.predicate(resolved, now), forward);
            }, () -> forward.stopped);
            return new Facts(note[0], result.fetched());
        }, listing);
        return listing.finish();
    }

    /** Hands a server's kept tokens on to the merge, as they come. */
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
