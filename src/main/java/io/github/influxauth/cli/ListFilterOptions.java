package io.github.influxauth.cli;

import io.github.influxauth.api.AuthorizationQuery;
import io.github.influxauth.config.Durations;
import io.github.influxauth.config.Moments;
import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.Origin;
import io.github.influxauth.filter.CanQuery;
import io.github.influxauth.filter.CanResolution;
import io.github.influxauth.filter.Filters;
import io.github.influxauth.filter.PermissionPattern;
import io.github.influxauth.filter.SortKey;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The filters, order and limit of {@code list}: checked here, before any request, then turned into a query and a predicate. */
public class ListFilterOptions {

    /** {@code inactive} is InfluxDB v2's, {@code expired} InfluxDB 3's: each matches no token of the other. */
    enum Status {
        active,
        inactive,
        expired
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    static final class UserOption {
        @Option(
                names = {"-u", "--user"},
                paramLabel = "NAME",
                description = "Only tokens of this user (sent to the server, checked again here).")
        String name;

        @Option(names = "--user-id", paramLabel = "ID", description = "Only tokens of this user ID.")
        String id;
    }

    static final class OrgOption {
        @Option(
                names = {"-o", "--org"},
                paramLabel = "NAME",
                description = "Only tokens of this org.")
        String name;

        @Option(names = "--org-id", paramLabel = "ID", description = "Only tokens of this org ID.")
        String id;
    }

    @ArgGroup(exclusive = true)
    UserOption user = new UserOption();

    @ArgGroup(exclusive = true)
    OrgOption org = new OrgOption();

    @Option(
            names = {"-i", "--id"},
            paramLabel = "ID",
            description = "Only this authorization ID (InfluxDB 3: token ID or name); repeatable.")
    List<String> ids = new ArrayList<>();

    @Option(
            names = "--status",
            paramLabel = "STATUS",
            description = "Only tokens with this status: ${COMPLETION-CANDIDATES} (InfluxDB 3).")
    Status status;

    @Option(names = "--expired", description = "Only InfluxDB 3 tokens whose expiry has passed.")
    boolean expired;

    @Option(
            names = "--expires-within",
            paramLabel = "DURATION",
            description = "Only InfluxDB 3 tokens that expire within DURATION from now, e.g. 7d or 12h.")
    String expiresWithin;

    @Option(
            names = "--created-before",
            paramLabel = "WHEN",
            description =
                    "Only tokens created before WHEN: an RFC 3339 time, a date (2026-01-31, UTC) or an age (90d, 12h, 2w: that long ago).")
    String createdBefore;

    @Option(
            names = "--created-after",
            paramLabel = "WHEN",
            description = "Only tokens created at or after WHEN, given as for --created-before.")
    String createdAfter;

    @Option(
            names = "--description",
            paramLabel = "TEXT",
            description =
                    "Only tokens whose description (InfluxDB 3: name or description) contains TEXT, ignoring case.")
    String description;

    @Option(
            names = "--permission",
            paramLabel = "ACTION[:TYPE]",
            description =
                    "Only tokens with this permission (e.g. write, read:buckets, read:db); repeatable, each must hold.")
    List<String> permissions = new ArrayList<>();

    @Option(
            names = "--can",
            paramLabel = "ACTION:TYPE/NAME_OR_ID",
            description =
                    "Only tokens allowed that action on that one resource (e.g. write:buckets/telegraf, write:db/sensors).")
    String can;

    @Option(
            names = "--sort",
            paramLabel = "KEY",
            description = "Sort by ${COMPLETION-CANDIDATES} (default: the server's order).")
    SortKey sort;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N tokens (after sorting).")
    Integer limit;

    /** Checks the values that picocli cannot: a usage error names the option. */
    void validate() {
        if (limit != null && limit < 0) {
            throw new ParameterException(mixee.commandLine(), "--limit must be 0 or more");
        }
        // A malformed ID matches nothing: an empty listing would say "no such token" when the ID is a typo.
        requireId("--user-id", user.id);
        requireId("--org-id", org.id);
        patterns();
        canQuery();
        expiresWithin();
        moment("--created-before", createdBefore, Instant.EPOCH);
        moment("--created-after", createdAfter, Instant.EPOCH);
    }

    /** The filters the server applies (and that are checked again here). */
    AuthorizationQuery query() {
        return new AuthorizationQuery(user.name, user.id, org.name, org.id);
    }

    /** {@code --can}, parsed; null when not given. */
    CanQuery canQuery() {
        try {
            return can == null ? null : CanQuery.parse(can);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), e.getMessage());
        }
    }

    /**
     * Every filter given, as one predicate; {@code resolved} is what {@code --can} was resolved to, or
     * null; {@code now} decides what has expired.
     */
    Predicate<Authorization> predicate(CanResolution resolved, Instant now) {
        List<Predicate<Authorization>> filters = new ArrayList<>();
        if (user.name != null) filters.add(Filters.user(user.name));
        if (user.id != null) filters.add(Filters.userID(user.id));
        if (org.name != null) filters.add(Filters.org(org.name));
        if (org.id != null) filters.add(Filters.orgID(org.id));
        if (!ids.isEmpty()) filters.add(Filters.ids(ids));
        if (status != null) filters.add(Filters.status(status.name()));
        if (expired) filters.add(Filters.expired(now));
        if (expiresWithin != null) filters.add(Filters.expiresWithin(now, expiresWithin()));
        if (createdBefore != null) filters.add(Filters.createdBefore(moment("--created-before", createdBefore, now)));
        if (createdAfter != null) filters.add(Filters.createdAfter(moment("--created-after", createdAfter, now)));
        if (description != null) filters.add(Filters.description(description));
        if (!permissions.isEmpty()) filters.add(Filters.permissions(patterns()));
        if (resolved != null)
            filters.add(Filters.can(canQuery().action(), canQuery().type(), resolved.targets()));
        return Filters.all(filters);
    }

    SortKey sort() {
        return sort;
    }

    Integer limit() {
        return limit;
    }

    /**
     * {@code --id} for an InfluxDB v2 server, where IDs are 16 hexadecimal characters; an InfluxDB 3
     * token's ID is a number, or it is named.
     */
    void requireV2Ids() {
        for (String id : ids) {
            requireId("--id", id);
        }
    }

    private void requireId(String option, String value) {
        if (value != null && !Ids.isId(value)) {
            throw new ParameterException(
                    mixee.commandLine(), option + " \"" + value + "\" is not an ID: IDs are 16 hexadecimal characters");
        }
    }

    private Duration expiresWithin() {
        try {
            return expiresWithin == null ? null : Durations.parse(expiresWithin, Origin.option("--expires-within"));
        } catch (ConfigFailure e) {
            throw new ParameterException(
                    mixee.commandLine(),
                    "--expires-within takes a duration such as 7d, 12h or 2w, not \"" + expiresWithin + "\"");
        }
    }

    /** {@code --created-before}/{@code --created-after}: an age counts back from {@code now}. */
    private Instant moment(String option, String value, Instant now) {
        try {
            return value == null ? null : Moments.parse(value, now);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(
                    mixee.commandLine(),
                    option + " takes an RFC 3339 time (2026-01-31T12:00:00Z),"
                            + " a date (2026-01-31) or an age (90d, 12h, 2w), not \"" + value + "\"");
        }
    }

    private List<PermissionPattern> patterns() {
        List<PermissionPattern> patterns = new ArrayList<>();
        try {
            for (String p : permissions) {
                patterns.add(PermissionPattern.parse(p));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), e.getMessage());
        }
        return patterns;
    }
}
