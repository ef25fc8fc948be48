package io.github.influxauth.model;

public record Permission(String action, Resource resource) {

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
