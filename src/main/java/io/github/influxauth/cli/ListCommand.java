package io.github.influxauth.cli;

import io.github.influxauth.api.AuthorizationQuery;
import io.github.influxauth.api.TokenSource;
import io.github.influxauth.config.Environment;
import io.github.influxauth.failure.ExitCode;
import io.github.influxauth.failure.HttpFailure;
import io.github.influxauth.filter.CanQuery;
import io.github.influxauth.filter.CanResolution;
import io.github.influxauth.filter.CanResolver;
import io.github.influxauth.listing.Listing;
import io.github.influxauth.model.Api;
import io.github.influxauth.output.Format;
import io.github.influxauth.output.RenderOptions;
import io.github.influxauth.output.Renderers;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "list",
        aliases = {"ls", "find"},
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.VersionProvider.class,
        sortOptions = false,
        description = "List authorizations (API tokens), filtered.")
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ListFilterOptions filters;

    @Mixin
    OutputOptions output;

    @Mixin(name = ConnectionOptions.MIXIN_NAME)
    ConnectionOptions connection;

    @Override
    public Integer call() {
        filters.validate();
        if (ConnectionOptions.several(spec)) {
            return ListSeveral.run(spec, filters, output);
        }
        Environment env = RootCommand.of(spec).environment();
        Instant now = env.clock().instant();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format format = output.format(env, Format.table);
        RenderOptions options = output.renderOptions(env);
        AuthorizationQuery query = filters.query();
        try (TokenSource source = Session.open(spec, now)) {
            CanQuery can = filters.canQuery();
            if (source.api() == Api.V2) {
                filters.requireV2Ids();
            }
            // Buckets are looked up before the listing, unless the server is known to be InfluxDB 3.
            CanResolution v2Can = can == null || source.api() == Api.V3 ? null : resolveOnV2(can, source);
            Listing listing =
                    new Listing(filters.sort() == null ? null : filters.sort().comparator(), filters.limit());
            Listing.Result result = listing.run(
                    source,
                    query,
                    api -> {
                        if (api == Api.V2) {
                            filters.requireV2Ids();
                        }
                        CanResolution resolved = can == null ? null : api == Api.V3 ? CanResolver.byName(can) : v2Can;
                        Notes.print(err, resolved == null ? null : resolved.note());
                        return new Listing.Stage(
                                filters.predicate(resolved, now), Renderers.list(format, api, out, options));
                    },
                    out::checkError);
            if (source.api() != Api.V3 && result.fetched() == 0 && query.equals(AuthorizationQuery.ALL)) {
                Notes.emptyListing(err);
            }
            if (source.withoutAuthentication()) {
                Notes.withoutAuthentication(err);
            }
        }
        return ExitCode.OK;
    }

    static CanResolution resolveOnV2(CanQuery can, TokenSource source) {
        try {
            return CanResolver.resolve(can, source.buckets());
        } catch (HttpFailure e) {
            if (source.api() == Api.V3) {
                return null; // the look-up was the first request, and InfluxDB 3 answered: it has no buckets
            }
            throw e;
        }
    }
}
