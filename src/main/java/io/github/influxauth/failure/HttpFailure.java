package io.github.influxauth.failure;

/**
 * The server answered with an error status. {@code serverMessage} is the server's own words (from
 * a JSON error body or the {@code X-Platform-Error-Code} header), token values removed; when the
 * body held none, {@code contentType} and {@code bodyExcerpt} describe what came instead.
 *
 * @param retry       for a 429 or 503: why it was not tried (again); else null
 * @param tokenOrigin where the rejected token came from, for a 401 or 403
 */
public final class HttpFailure extends Failure {

    private final int status;
    private final String code;
    private final String serverMessage;
    private final String contentType;
    private final String bodyExcerpt;
    private final String url;
    private final RetryOutcome retry;
    private final Origin tokenOrigin;
    private final ProxyUse proxy;

    public HttpFailure(int status, String code, String serverMessage, String contentType, String bodyExcerpt,
            String url, RetryOutcome retry, Origin tokenOrigin) {
        this(status, code, serverMessage, contentType, bodyExcerpt, url, retry, tokenOrigin, null);
    }

    private HttpFailure(int status, String code, String serverMessage, String contentType, String bodyExcerpt,
            String url, RetryOutcome retry, Origin tokenOrigin, ProxyUse proxy) {
        super("HTTP " + status + " from " + url + (serverMessage != null ? ": " + serverMessage : ""), null);
        this.status = status;
        this.code = code;
        this.serverMessage = serverMessage;
        this.contentType = contentType;
        this.bodyExcerpt = bodyExcerpt;
        this.url = url;
        this.retry = retry;
        this.tokenOrigin = tokenOrigin;
        this.proxy = proxy;
    }

    /** The same failure, with the outcome of retrying it. */
    public HttpFailure withRetry(RetryOutcome outcome) {
        return new HttpFailure(status, code, serverMessage, contentType, bodyExcerpt, url, outcome, tokenOrigin, proxy);
    }

    /** The same failure, answered through {@code proxy} (which may then have written it). */
    public HttpFailure via(ProxyUse proxy) {
        return new HttpFailure(status, code, serverMessage, contentType, bodyExcerpt, url, retry, tokenOrigin, proxy);
    }

    /** The HTTP proxy the answer came through, or null. */
    public ProxyUse proxy() {
        return proxy;
    }

    public int status() {
        return status;
    }

    /** The server's machine-readable code ({@code "not found"}, {@code "unauthorized"}...), or null. */
    public String code() {
        return code;
    }

    public String serverMessage() {
        return serverMessage;
    }

    public String contentType() {
        return contentType;
    }

    public String bodyExcerpt() {
        return bodyExcerpt;
    }

    public String url() {
        return url;
    }

    public RetryOutcome retry() {
        return retry;
    }

    public Origin tokenOrigin() {
        return tokenOrigin;
    }

    public boolean rejectsToken() {
        return status == 401 || status == 403;
    }

    @Override
    public int exitCode() {
        if (rejectsToken()) {
            return ExitCode.REJECTED;
        }
        return status == 404 ? ExitCode.NOT_FOUND : ExitCode.FAILURE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.http(this);
    }
}
