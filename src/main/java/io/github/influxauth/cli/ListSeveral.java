package io.github.influxauth.cli;

import io.github.influxauth.api.AuthorizationQuery;
import io.github.influxauth.config.Environment;
import io.github.influxauth.failure.Failure;
import io.github.influxauth.fleet.Fleet;
import io.github.influxauth.fleet.FleetListing;
import io.github.influxauth.output.FleetRenderers;
import io.github.influxauth.output.Format;
import java.io.PrintWriter;
import java.time.Instant;
import picocli.CommandLine.Model.CommandSpec;

/** {@code list} over several configs: each server listed and filtered on its own thread, the tokens merged. */
final class ListSeveral {

    private ListSeveral() {}

    static int run(CommandSpec spec, ListFilterOptions filters, OutputOptions output) {
        Environment env = RootCommand.of(spec).environment();
        Instant now = env.clock().instant();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AuthorizationQuery query = filters.query();
        FleetListing<ServerListing.Facts> listing = new FleetListing<>(
                FleetRenderers.of(output.format(env, Format.table), out, output.renderOptions(env)),
                filters.sort() == null ? null : filters.sort().comparator(),
                filters.limit(),
                out::checkError,
                new FleetListing.Reporter<>() {
                    @Override
                    public void ended(Fleet.End<ServerListing.Facts> end, Failure failure) {
                        String config = end.member().config();
                        if (failure != null) {
                            SeveralServers.failed(err, config, failure);
                            return;
                        }
                        SeveralServers.answered(err, SeveralServers.prefix(config), end, end.result(), query);
                    }

                    @Override
                    public String message(Failure failure) {
                        return SeveralServers.message(failure);
                    }
                });
        Fleet.run(
                SeveralServers.members(spec, now),
                (source, sink) -> ServerListing.run(source, filters, now, false, sink),
                listing);
        return listing.finish();
    }
}
