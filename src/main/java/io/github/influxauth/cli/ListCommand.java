package io.github.influxauth.cli;

import io.github.influxauth.api.AuthorizationQuery;
import io.github.influxauth.api.InfluxClient;
import io.github.influxauth.config.Environment;
import io.github.influxauth.filter.CanQuery;
import io.github.influxauth.filter.Filters;
import io.github.influxauth.filter.PermissionPattern;
import io.github.influxauth.filter.SortKey;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.output.Format;
import io.github.influxauth.output.ListRenderer;
import io.github.influxauth.output.Renderers;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "list",
        aliases = {"ls", "find"},
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.VersionProvider.class,
        sortOptions = false,
        description = "List authorizations (API tokens), filtered.")
final class ListCommand implements Callable<Integer> {

    /** How often a streaming listing checks whether anyone still reads its output. */
    private static final int CHECK_OUTPUT_EVERY = 256;

    enum Status { active, inactive }

    @Spec
    CommandSpec spec;

    @Option(names = {"-u", "--user"}, paramLabel = "NAME", description = "Only tokens of this user (sent to the server, checked again here).")
    String user;

    @Option(names = "--user-id", paramLabel = "ID", description = "Only tokens of this user ID.")
    String userID;

    @Option(names = {"-o", "--org"}, paramLabel = "NAME", description = "Only tokens of this org.")
    String org;

    @Option(names = "--org-id", paramLabel = "ID", description = "Only tokens of this org ID.")
    String orgID;

    @Option(names = {"-i", "--id"}, paramLabel = "ID", description = "Only this authorization ID; repeatable.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--status", paramLabel = "STATUS", description = "Only tokens with this status: ${COMPLETION-CANDIDATES}.")
    Status status;

    @Option(names = "--description", paramLabel = "TEXT", description = "Only tokens whose description contains TEXT, ignoring case.")
    String description;

    @Option(names = "--permission", paramLabel = "ACTION[:TYPE]", description = "Only tokens with this permission, e.g. write or read:buckets; repeatable, each must hold.")
    List<String> permissions = new ArrayList<>();

    @Option(names = "--can", paramLabel = "ACTION:TYPE/NAME_OR_ID", description = "Only tokens allowed that action on that one resource, e.g. write:buckets/telegraf.")
    String can;

    @Option(names = "--sort", paramLabel = "KEY", description = "Sort by ${COMPLETION-CANDIDATES} (default: the server's order).")
    SortKey sort;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N tokens (after sorting).")
    Integer limit;

    @Mixin
    OutputOptions output;

    @Mixin(name = ConnectionOptions.MIXIN_NAME)
    ConnectionOptions connection;

    @Override
    public Integer call() {
        if (user != null && userID != null) {
            throw new ParameterException(spec.commandLine(), "--user and --user-id cannot be used together");
        }
        if (org != null && orgID != null) {
            throw new ParameterException(spec.commandLine(), "--org and --org-id cannot be used together");
        }
        if (limit != null && limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 or more");
        }
        List<Predicate<Authorization>> filters = new ArrayList<>();
        List<PermissionPattern> patterns = new ArrayList<>();
        CanQuery canQuery;
        try {
            for (String p : permissions) {
                patterns.add(PermissionPattern.parse(p));
            }
            canQuery = can == null ? null : CanQuery.parse(can);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Environment env = RootCommand.of(spec).environment();
        Format format = output.format(env, Format.table, EnumSet.allOf(Format.class));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ListRenderer renderer = Renderers.list(format, out, output.renderOptions(env));

        if (user != null) filters.add(Filters.user(user));
        if (userID != null) filters.add(Filters.userID(userID));
        if (org != null) filters.add(Filters.org(org));
        if (orgID != null) filters.add(Filters.orgID(orgID));
        if (!ids.isEmpty()) filters.add(Filters.ids(ids));
        if (status != null) filters.add(Filters.status(status.name()));
        if (description != null) filters.add(Filters.description(description));
        if (!patterns.isEmpty()) filters.add(Filters.permissions(patterns));

        AuthorizationQuery query = new AuthorizationQuery(user, userID, org, orgID);
        Counter counter = new Counter();
        try (InfluxClient client = Session.open(spec)) {
            if (canQuery != null) {
                filters.add(Filters.can(canQuery.action(), canQuery.type(),
                        CanResolution.resolve(canQuery, org, orgID, client, err)));
            }
            Predicate<Authorization> keep = Filters.all(filters);
            if (sort == null) {
                try {
                    client.listAuthorizations(query, a -> {
                        counter.fetched++;
                        if (limit != null && counter.kept >= limit) {
                            throw LimitReached.INSTANCE;
                        }
                        if (keep.test(a)) {
                            counter.kept++;
                            renderer.add(a);
                            checkOutput(out, counter.kept, renderer);
                            if (limit != null && counter.kept >= limit) {
                                throw LimitReached.INSTANCE;
                            }
                        }
                    });
                } catch (LimitReached enough) {
                    // In the server's order the first N are known: the rest need not be fetched.
                }
            } else {
                List<Authorization> kept = new ArrayList<>();
                client.listAuthorizations(query, a -> {
                    counter.fetched++;
                    if (keep.test(a)) {
                        kept.add(a);
                    }
                });
                kept.sort(sort.comparator());
                for (Authorization a : limit == null ? kept : kept.subList(0, Math.min(limit, kept.size()))) {
                    counter.kept++;
                    renderer.add(a);
                    checkOutput(out, counter.kept, renderer);
                }
            }
        } catch (OutputClosedException e) {
            throw e;
        } catch (RuntimeException e) {
            if (renderer.streams() && counter.kept > 0) {
                out.flush();
                throw new IncompleteListingException(e, counter.kept);
            }
            throw e;
        }
        renderer.finish();
        if (counter.fetched == 0 && user == null && userID == null && org == null && orgID == null) {
            err.println("hint: the server returned no authorizations; the token may lack the read:authorizations"
                    + " permission in this org");
        }
        return 0;
    }

    private static void checkOutput(PrintWriter out, int written, ListRenderer renderer) {
        if (renderer.streams() && written % CHECK_OUTPUT_EVERY == 0 && out.checkError()) {
            throw new OutputClosedException();
        }
    }

    /** Ends the reading of a listing once --limit tokens have been printed. */
    private static final class LimitReached extends RuntimeException {
        static final LimitReached INSTANCE = new LimitReached();

        private LimitReached() {
            super("limit reached", null, false, false);
        }
    }

    private static final class Counter {
        int fetched;
        int kept;
    }
}
