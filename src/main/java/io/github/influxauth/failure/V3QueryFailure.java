package io.github.influxauth.failure;

/**
 * InfluxDB 3's query of {@code system.tokens} answered with an error status. {@code http} holds what
 * the server said; {@code apiOrigin} says why InfluxDB 3 was asked: {@code --api v3},
 * {@code INFLUX_AUTH_API}, a host from {@code INFLUXDB3_HOST_URL}, or null when the server's answer to
 * the v2 request told.
 */
public final class V3QueryFailure extends Failure {

    private final HttpFailure http;
    private final Origin apiOrigin;

    public V3QueryFailure(HttpFailure http, Origin apiOrigin) {
        super("InfluxDB 3 query: " + http.getMessage(), http);
        this.http = http;
        this.apiOrigin = apiOrigin;
    }

    public HttpFailure http() {
        return http;
    }

    public Origin apiOrigin() {
        return apiOrigin;
    }

    @Override
    public int exitCode() {
        // A 404 here is a missing path or database, never a missing token: not "not found" for scripts.
        return http.rejectsToken() ? ExitCode.REJECTED : ExitCode.FAILURE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.v3Query(this);
    }
}
