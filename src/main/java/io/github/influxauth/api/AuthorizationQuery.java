package io.github.influxauth.api;

/** The server-side filters of {@code GET /api/v2/authorizations}; null where not given. */
public record AuthorizationQuery(String user, String userID, String org, String orgID) {

    public static final AuthorizationQuery ALL = new AuthorizationQuery(null, null, null, null);
}
