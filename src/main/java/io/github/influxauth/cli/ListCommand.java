package io.github.influxauth.cli;

import io.github.influxauth.api.AuthorizationQuery;
import io.github.influxauth.api.TokenSource;
import io.github.influxauth.config.Environment;
import io.github.influxauth.failure.ExitCode;
import io.github.influxauth.filter.CanQuery;
import io.github.influxauth.filter.CanResolution;
import io.github.influxauth.filter.CanResolver;
import io.github.influxauth.listing.Listing;
import io.github.influxauth.output.Format;
import io.github.influxauth.output.ListRenderer;
import io.github.influxauth.output.Renderers;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list",
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
        Environment env = RootCommand.of(spec).environment();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ListRenderer renderer = Renderers.list(output.format(env, Format.table), out, output.renderOptions(env));
        AuthorizationQuery query = filters.query();
        try (TokenSource source = Session.open(spec)) {
            CanQuery can = filters.canQuery();
            CanResolution resolved = can == null ? null : CanResolver.resolve(can, source.buckets());
            Notes.print(err, resolved == null ? null : resolved.note());
            Listing listing = new Listing(filters.predicate(resolved),
                    filters.sort() == null ? null : filters.sort().comparator(), filters.limit());
            Listing.Result result = listing.run(source, query, renderer, out::checkError);
            if (result.fetched() == 0 && query.equals(AuthorizationQuery.ALL)) {
                Notes.emptyListing(err);
            }
        }
        return ExitCode.OK;
    }
}
