package io.github.influxauth.filter;

import io.github.influxauth.failure.ExitCode;
import io.github.influxauth.failure.Failure;
import io.github.influxauth.failure.HttpFailure;
import io.github.influxauth.failure.NotFound;
import io.github.influxauth.model.Bucket;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Learns what {@code --can} needs to know about its resource. A bucket is looked up for its ID and
 * org (within the org given in the argument, if any); one that does not exist is an error, like an
 * unknown user. Other types are matched by what was given, in the argument's org or every org.
 * What is assumed comes back as a note.
 */
public final class CanResolver {

    private CanResolver() {}

    public static CanResolution resolve(CanQuery query, BucketLookup buckets) {
        if (query.type().equals("orgs")) {
            // An org is its own org.
            String id = query.byId() ? query.nameOrId() : null;
            String name = id == null ? query.nameOrId() : null;
            return new CanResolution(List.of(new CanTarget(id, name, id, name)), null);
        }
        if (!query.type().equals("buckets")) {
            return byWhatWasGiven(query, new CanNote(CanNote.Kind.NOT_LOOKED_UP, query, List.of(), 0));
        }
        List<Bucket> found;
        try {
            found = query.byId()
                    ? List.of(buckets.byId(query.nameOrId()))
                    : buckets.byName(query.nameOrId(), query.org());
        } catch (HttpFailure e) {
            if (e.exitCode() == ExitCode.NOT_FOUND) {
                throw new NotFound("bucket", query.nameOrId(), query.org());
            }
            if (e.rejectsToken()) {
                // The token may list authorizations but not read buckets: say so, and match by what was given.
                return byWhatWasGiven(query, new CanNote(CanNote.Kind.LOOKUP_FAILED, query, List.of(), e.status()));
            }
            throw e;
        }
        if (query.byId()
                && query.orgById()
                && !query.org().equalsIgnoreCase(found.get(0).orgID())) {
            found = List.of();
        }
        if (found.isEmpty()) {
            throw new NotFound("bucket", query.nameOrId(), query.org());
        }
        List<CanTarget> targets = new ArrayList<>();
        Set<String> orgIDs = new LinkedHashSet<>();
        for (Bucket b : found) {
            targets.add(new CanTarget(b.id(), b.name(), b.orgID(), null));
            orgIDs.add(b.orgID());
        }
        CanNote note =
                orgIDs.size() < 2 ? null : new CanNote(CanNote.Kind.AMBIGUOUS, query, orgNames(orgIDs, buckets), 0);
        return new CanResolution(targets, note);
    }

    /** The orgs by name, one look-up each; an org whose name cannot be learnt keeps its ID. */
    private static List<String> orgNames(Set<String> orgIDs, BucketLookup buckets) {
        List<String> names = new ArrayList<>();
        for (String id : orgIDs) {
            try {
                names.add(buckets.orgName(id));
            } catch (Failure e) {
                names.add(id);
            }
        }
        return names;
    }

    /**
     * InfluxDB 3: permissions name their databases (and system resources), so the name given is the
     * resource; nothing to look up, and no org.
     */
    public static CanResolution byName(CanQuery query) {
        return new CanResolution(List.of(new CanTarget(query.nameOrId(), query.nameOrId(), null, null)), null);
    }

    private static CanResolution byWhatWasGiven(CanQuery query, CanNote note) {
        String id = query.byId() ? query.nameOrId() : null;
        String name = query.byId() ? null : query.nameOrId();
        String orgID = query.orgById() ? query.org() : null;
        String org = query.orgById() ? null : query.org();
        return new CanResolution(List.of(new CanTarget(id, name, orgID, org)), note);
    }
}
