package io.github.influxauth.failure;

/**
 * The server answered with an error status. {@code serverMessage} is the server's own words (from
 * a JSON error body or the {@code X-Platform-Error-Code} header), token values removed; when the
 * body held none, {@code contentType} and {@code bodyExcerpt} describe what came instead.
 */
public final class HttpFailure extends Failure {

    /**
     * The facts of the response.
     *
     * @param influxError  whether the body was InfluxDB v2's JSON error ({@code code} and {@code message})
     * @param fromInfluxDB whether anything in it (its error body, its build headers) shows it came from InfluxDB
     * @param influxDb3    whether it bears InfluxDB 3's marks: a {@code cluster-uuid} header, a 401 whose
     *                     body is empty or {@code {"error": …}}, a 404 whose body is the text
     *                     {@code Not found}; InfluxDB v2 answers none of these ways
     */
    public record Response(
            int status,
            String code,
            String serverMessage,
            String contentType,
            String bodyExcerpt,
            String url,
            boolean influxError,
            boolean fromInfluxDB,
            boolean influxDb3) {}

    /**
     * What was asked for, when the command knows better than the server's words: the user of
     * {@code --user}, the ID of {@code get}.
     */
    public record Subject(String kind, String name) {}

    private final Response response;
    private final RetryOutcome retry;
    private final Origin tokenOrigin;
    private final Origin hostOrigin;
    private final Subject subject;
    private final ProxyUse proxy;

    /**
     * @param retry       for a 429 or 503: why it was not tried (again); else null
     * @param tokenOrigin where the token came from, for a 401 or 403
     * @param hostOrigin  where the server's URL came from, for an answer from the wrong server
     */
    public HttpFailure(Response response, RetryOutcome retry, Origin tokenOrigin, Origin hostOrigin, Subject subject) {
        this(response, retry, tokenOrigin, hostOrigin, subject, null);
    }

    private HttpFailure(
            Response response,
            RetryOutcome retry,
            Origin tokenOrigin,
            Origin hostOrigin,
            Subject subject,
            ProxyUse proxy) {
        super(
                "HTTP " + response.status() + " from " + response.url()
                        + (response.serverMessage() != null ? ": " + response.serverMessage() : ""),
                null);
        this.response = response;
        this.retry = retry;
        this.tokenOrigin = tokenOrigin;
        this.hostOrigin = hostOrigin;
        this.subject = subject;
        this.proxy = proxy;
    }

    /** The same failure, with the outcome of retrying it. */
    public HttpFailure withRetry(RetryOutcome outcome) {
        return new HttpFailure(response, outcome, tokenOrigin, hostOrigin, subject, proxy);
    }

    /** The same failure, about {@code kind} {@code name}. */
    public HttpFailure about(String kind, String name) {
        return new HttpFailure(response, retry, tokenOrigin, hostOrigin, new Subject(kind, name), proxy);
    }

    /** The same failure, answered through {@code proxy} (which may then have written it). */
    public HttpFailure via(ProxyUse proxy) {
        return new HttpFailure(response, retry, tokenOrigin, hostOrigin, subject, proxy);
    }

    /** The HTTP proxy the answer came through, or null. */
    public ProxyUse proxy() {
        return proxy;
    }

    public int status() {
        return response.status();
    }

    /** The server's machine-readable code ({@code "not found"}, {@code "unauthorized"}...), or null. */
    public String code() {
        return response.code();
    }

    public String serverMessage() {
        return response.serverMessage();
    }

    public String contentType() {
        return response.contentType();
    }

    public String bodyExcerpt() {
        return response.bodyExcerpt();
    }

    public String url() {
        return response.url();
    }

    /** Whether the body was InfluxDB's own JSON error ({@code code} and {@code message}). */
    public boolean influxError() {
        return response.influxError();
    }

    /** Whether anything in the answer (its error body, its build headers) shows it came from InfluxDB, not a proxy. */
    public boolean fromInfluxDB() {
        return response.fromInfluxDB() || response.influxDb3();
    }

    public boolean influxDb3() {
        return response.influxDb3();
    }

    public RetryOutcome retry() {
        return retry;
    }

    public Origin tokenOrigin() {
        return tokenOrigin;
    }

    public Origin hostOrigin() {
        return hostOrigin;
    }

    public Subject subject() {
        return subject;
    }

    public boolean rejectsToken() {
        return status() == 401 || status() == 403;
    }

    /**
     * A 404 means "not found" to scripts only when InfluxDB itself says a thing it looked for does not
     * exist; its {@code path not found}, or a 404 from something else, means a wrong URL.
     */
    public boolean notFound() {
        return status() == 404 && influxError() && !"path not found".equals(serverMessage());
    }

    @Override
    public int exitCode() {
        if (rejectsToken()) {
            return ExitCode.REJECTED;
        }
        return notFound() ? ExitCode.NOT_FOUND : ExitCode.FAILURE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.http(this);
    }
}
