package io.github.influxauth.filter;

import io.github.influxauth.model.Bucket;
import java.util.List;

/** What {@code --can} asks the server about buckets and orgs; the v2 API answers. */
public interface BucketLookup {

    /** {@code GET /api/v2/buckets/{id}}; throws the server's 404 like any other failure. */
    Bucket byId(String id);

    /** The buckets named exactly {@code name}, within one org when {@code org} (a name or an ID) is given. */
    List<Bucket> byName(String name, String org);

    /** The name of the org with this ID; throws when it cannot be learnt. */
    String orgName(String orgID);
}
