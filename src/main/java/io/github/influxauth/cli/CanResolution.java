package io.github.influxauth.cli;

import io.github.influxauth.api.ApiException;
import io.github.influxauth.api.InfluxClient;
import io.github.influxauth.filter.CanQuery;
import io.github.influxauth.filter.CanTarget;
import io.github.influxauth.model.Bucket;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Learns what {@code --can} needs to know about its resource: a bucket is looked up for its ID and
 * org; other types take their org from {@code --org}/{@code --org-id}. Whatever is assumed is said
 * in one note on stderr.
 */
final class CanResolution {

    private CanResolution() {}

    static List<CanTarget> resolve(CanQuery query, String org, String orgID, InfluxClient client, PrintWriter err) {
        String given = query.type() + "/" + query.nameOrId();
        if (query.type().equals("buckets")) {
            try {
                if (query.byId()) {
                    Bucket b = client.getBucket(query.nameOrId());
                    return List.of(new CanTarget(b.id(), b.name(), b.orgID(), null));
                }
                List<Bucket> found = client.findBuckets(query.nameOrId(), org, orgID);
                if (found.size() == 1) {
                    Bucket b = found.get(0);
                    return List.of(new CanTarget(b.id(), b.name(), b.orgID(), null));
                }
                if (found.size() > 1) {
                    List<String> orgs = new ArrayList<>();
                    List<CanTarget> targets = new ArrayList<>();
                    for (Bucket b : found) {
                        orgs.add(b.orgID());
                        targets.add(new CanTarget(b.id(), b.name(), b.orgID(), null));
                    }
                    note(err, "buckets named \"" + query.nameOrId() + "\" exist in " + found.size() + " orgs ("
                            + String.join(", ", orgs) + "); listing tokens that can " + query.action()
                            + " any of them; narrow with --org or --org-id");
                    return targets;
                }
                note(err, "no bucket named \"" + query.nameOrId() + "\" was found; matching permissions by that name"
                        + orgAssumption(org, orgID));
            } catch (ApiException e) {
                note(err, "could not look up " + given + " (HTTP " + e.status() + "); matching permissions by "
                        + (query.byId() ? "that ID" : "that name") + orgAssumption(org, orgID));
            }
        } else {
            note(err, query.type() + " are not looked up; matching permissions by "
                    + (query.byId() ? "that ID" : "that name") + orgAssumption(org, orgID));
        }
        String id = query.byId() ? query.nameOrId() : null;
        String name = query.byId() ? null : query.nameOrId();
        String targetOrgID = orgID;
        if (query.type().equals("orgs") && id != null) {
            targetOrgID = id; // an org is its own org
        }
        return List.of(new CanTarget(id, name, targetOrgID, orgID == null ? org : null));
    }

    private static String orgAssumption(String org, String orgID) {
        if (orgID != null) {
            return ", and org-wide permissions of org " + orgID;
        }
        if (org != null) {
            return ", and org-wide permissions of org " + org;
        }
        return ", and org-wide permissions of every org (give --org or --org-id to narrow)";
    }

    private static void note(PrintWriter err, String text) {
        err.println("note: " + io.github.influxauth.output.TerminalText.escape(text));
        err.flush();
    }
}
