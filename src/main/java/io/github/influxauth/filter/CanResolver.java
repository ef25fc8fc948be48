package io.github.influxauth.filter;

import io.github.influxauth.failure.HttpFailure;
import io.github.influxauth.model.Bucket;
import java.util.ArrayList;
import java.util.List;

/**
 * Learns what {@code --can} needs to know about its resource: a bucket is looked up for its ID and
 * org; other types take their org from the owning-org filter. What is assumed comes back as a note.
 */
public final class CanResolver {

    private CanResolver() {}

    public static CanResolution resolve(CanQuery query, String org, String orgID, BucketLookup buckets) {
        String assumedOrg = orgID != null ? orgID : org;
        if (!query.type().equals("buckets")) {
            return byWhatWasGiven(query, org, orgID, new CanNote(CanNote.Kind.NOT_LOOKED_UP, query, List.of(), 0, assumedOrg));
        }
        try {
            if (query.byId()) {
                return new CanResolution(List.of(target(buckets.byId(query.nameOrId()))), null);
            }
            List<Bucket> found = buckets.byName(query.nameOrId(), org, orgID);
            if (found.isEmpty()) {
                return byWhatWasGiven(query, org, orgID, new CanNote(CanNote.Kind.NO_SUCH_NAME, query, List.of(), 0, assumedOrg));
            }
            List<CanTarget> targets = new ArrayList<>();
            List<String> orgs = new ArrayList<>();
            for (Bucket b : found) {
                targets.add(target(b));
                orgs.add(b.orgID());
            }
            CanNote note = found.size() == 1 ? null : new CanNote(CanNote.Kind.AMBIGUOUS, query, orgs, 0, null);
            return new CanResolution(targets, note);
        } catch (HttpFailure e) {
            return byWhatWasGiven(query, org, orgID,
                    new CanNote(CanNote.Kind.LOOKUP_FAILED, query, List.of(), e.status(), assumedOrg));
        }
    }

    /**
     * InfluxDB 3: permissions name their databases (and system resources), so the name given is the
     * resource; nothing to look up, and no org.
     */
    public static CanResolution byName(CanQuery query) {
        return new CanResolution(List.of(new CanTarget(query.nameOrId(), query.nameOrId(), null, null)), null);
    }

    private static CanTarget target(Bucket b) {
        return new CanTarget(b.id(), b.name(), b.orgID(), null);
    }

    private static CanResolution byWhatWasGiven(CanQuery query, String org, String orgID, CanNote note) {
        String id = query.byId() ? query.nameOrId() : null;
        String name = query.byId() ? null : query.nameOrId();
        // An org is its own org.
        String targetOrgID = query.type().equals("orgs") && id != null ? id : orgID;
        return new CanResolution(List.of(new CanTarget(id, name, targetOrgID, orgID == null ? org : null)), note);
    }
}
