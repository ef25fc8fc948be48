package io.github.influxauth.cli;

import io.github.influxauth.audit.Audit;
import io.github.influxauth.audit.AuditSettings;
import io.github.influxauth.audit.Finding;
import io.github.influxauth.audit.Rule;
import io.github.influxauth.failure.Failure;
import io.github.influxauth.filter.MissingBuckets;
import io.github.influxauth.fleet.Fleet;
import io.github.influxauth.fleet.FleetListing;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.output.ConfigOutcome;
import io.github.influxauth.output.FleetRenderer;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fetches what {@code audit} checks: every server's tokens, filtered as {@code list} filters them,
 * and for missing-resource the buckets they name by ID alone, each looked up once per server (at
 * most {@link Fleet#AT_ONCE} look-ups at a time in the whole run), then the findings.
 */
final class AuditRun {

    /** What a server's part leaves: its listing's facts, and which of its buckets are gone. */
    record Facts(ServerListing.Facts listing, MissingBuckets.Result buckets) {}

    /** The findings, most severe first, and the exit code of the first config that failed (0 when none). */
    record Outcome(List<Finding> findings, int exitCode) {}

    private AuditRun() {}

    /**
     * @param members the servers; one whose config is null is the only one: its failure is thrown,
     *                to be reported as any command's
     */
    static Outcome run(List<Fleet.Member> members, ListFilterOptions filters, AuditSettings settings, PrintWriter err) {
        boolean several = members.size() != 1 || members.get(0).config() != null;
        Instant now = settings.now();
        Collected collected = new Collected();
        Map<String, Set<String>> missing = new HashMap<>();
        Failure[] single = {null};
        FleetListing<Facts> listing = new FleetListing<>(
                collected,
                filters.sort() == null ? null : filters.sort().comparator(),
                null,
                () -> false,
                new FleetListing.Reporter<>() {
                    @Override
                    public void ended(Fleet.End<Facts> end, Failure failure) {
                        String config = end.member().config();
                        String prefix = several ? SeveralServers.prefix(config) : "";
                        if (failure != null) {
                            if (several) {
                                SeveralServers.failed(err, config, failure);
                            }
                            single[0] = failure;
                            return;
                        }
                        missing.put(config, end.result().buckets().missing());
                        SeveralServers.answered(err, prefix, end, end.result().listing(), filters.query());
                        Notes.bucketsUnchecked(err, prefix, end.result().buckets());
                    }

                    @Override
                    public String message(Failure failure) {
                        return SeveralServers.message(failure);
                    }
                });
        boolean lookUp = settings.rules().contains(Rule.MISSING_RESOURCE);
        ExecutorService lookups = Executors.newFixedThreadPool(Fleet.AT_ONCE, r -> {
            Thread t = new Thread(r, "influx-auth-bucket-look-up");
            t.setDaemon(true);
            return t;
        });
        try {
            Fleet.run(
                    members,
                    (source, sink) -> {
                        Set<String> ids = new LinkedHashSet<>();
                        ServerListing.Facts facts = ServerListing.run(source, filters, now, !several, token -> {
                            if (lookUp) {
                                ids.addAll(MissingBuckets.toCheck(List.of(token)));
                            }
                            return sink.accept(token);
                        });
                        return new Facts(
                                facts,
                                ids.isEmpty()
                                        ? MissingBuckets.Result.NONE
                                        : MissingBuckets.check(source.buckets(), ids, lookups));
                    },
                    listing);
        } finally {
            lookups.shutdownNow();
        }
        int exitCode = listing.finish();
        if (!several && single[0] != null) {
            throw single[0];
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < collected.tokens.size(); i++) {
            String config = collected.configs.get(i);
            findings.addAll(
                    Audit.check(config, collected.tokens.get(i), settings, missing.getOrDefault(config, Set.of())));
        }
        List<Finding> ordered = Audit.ordered(findings);
        Integer limit = filters.limit();
        return new Outcome(limit == null ? ordered : ordered.subList(0, Math.min(limit, ordered.size())), exitCode);
    }

    /** The tokens of the servers that answered, in the listing's order. */
    private static final class Collected implements FleetRenderer {
        final List<String> configs = new ArrayList<>();
        final List<Authorization> tokens = new ArrayList<>();

        @Override
        public void add(String config, Authorization token) {
            configs.add(config);
            tokens.add(token);
        }

        @Override
        public void finish(List<ConfigOutcome> outcomes) {}
    }
}
