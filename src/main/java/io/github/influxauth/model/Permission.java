package io.github.influxauth.model;

/**
 * One action on one resource (or on every resource of a type, when the resource has no {@code id}).
 * InfluxDB 3 permissions may hold {@link #ANY} in place of the action or the type: they then allow
 * every action, or cover every type. InfluxDB v2 has no such wildcard.
 */
public record Permission(String action, Resource resource) {

    /** InfluxDB 3's wildcard: {@code *:*:*} is every action on every resource of every type. */
    public static final String ANY = "*";

    /** Whether this permission allows {@code wanted} ({@code read}, {@code write}…). */
    public boolean allowsAction(String wanted) {
        return wanted.equals(action) || ANY.equals(action);
    }

    /** Whether this permission is about resources of type {@code wanted}. */
    public boolean coversType(String wanted) {
        return wanted.equals(resource.type()) || ANY.equals(resource.type());
    }

    /** InfluxDB 3's {@code *:*:*}: everything. */
    public boolean isEverything() {
        return ANY.equals(action) && ANY.equals(resource.type()) && resource.id() == null;
    }

    /** The influx CLI's string form, e.g. {@code write:orgs/<orgID>/buckets/<id>} or {@code read:/authorizations}. */
    public String influxString() {
        Resource r = resource;
        String path;
        if (r.orgID() != null && r.id() != null) {
            path = "orgs/" + r.orgID() + "/" + r.type() + "/" + r.id();
        } else if (r.orgID() != null) {
            path = "orgs/" + r.orgID() + "/" + r.type();
        } else if (r.id() != null) {
            path = r.type() + "/" + r.id();
        } else {
            path = "/" + r.type();
        }
        return action + ":" + path;
    }
}
