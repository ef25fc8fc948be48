package io.github.influxauth.cli;

import io.github.influxauth.failure.BadResponse;
import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.ConnectionFailure;
import io.github.influxauth.failure.Failure;
import io.github.influxauth.failure.HttpFailure;
import io.github.influxauth.failure.IncompleteListing;
import io.github.influxauth.failure.Interrupted;
import io.github.influxauth.failure.NotFound;
import io.github.influxauth.failure.Origin;
import io.github.influxauth.failure.OutOfMemory;
import io.github.influxauth.failure.OutOfTime;
import io.github.influxauth.failure.OutputFailure;
import io.github.influxauth.failure.RetryOutcome;
import io.github.influxauth.failure.V3QueryFailure;

/**
 * The words for every failure: the one place where facts become sentences. Wording for the
 * configuration's problems lives beside it, in {@link ConfigMessages}.
 */
final class FailureMessages implements Failure.Visitor<Report> {

    static final FailureMessages INSTANCE = new FailureMessages();

    /** For answers that look like they came from something other than InfluxDB. */
    private static final String PROXY_HINT = "is --host the InfluxDB server, or a proxy in front of it?";

    private FailureMessages() {}

    static Report of(Failure failure) {
        return failure.accept(INSTANCE);
    }

    @Override
    public Report config(ConfigFailure f) {
        return ConfigMessages.of(f);
    }

    @Override
    public Report incomplete(IncompleteListing f) {
        return of(f.failure())
                .withHint("the " + f.written()
                        + " authorization(s) printed before the failure are not the whole listing");
    }

    @Override
    public Report outOfTime(OutOfTime f) {
        return new Report(
                "the command did not finish within " + Words.timeout(f.timeout()),
                "raise the limit with --timeout, e.g. --timeout 2m",
                f.exitCode());
    }

    @Override
    public Report interrupted(Interrupted f) {
        String what = "INT".equals(f.signal())
                ? "interrupted"
                : "TERM".equals(f.signal())
                        ? "terminated"
                        : f.signal() != null ? "stopped by SIG" + f.signal() : "stopped";
        return new Report(
                what + (f.outputWritten() ? "; the listing is incomplete: it ends with the last whole record" : ""),
                null,
                f.exitCode());
    }

    @Override
    public Report output(OutputFailure f) {
        return new Report("cannot write output: " + f.reason(), null, f.exitCode());
    }

    @Override
    public Report outOfMemory(OutOfMemory f) {
        return new Report(
                f.holdingListing()
                        ? "too many tokens to hold in memory for table/json/--sort; use --format ndjson or csv,"
                                + " or raise -Xmx via JAVA_OPTS"
                        : "out of memory; raise -Xmx via JAVA_OPTS",
                null,
                f.exitCode());
    }

    @Override
    public Report http(HttpFailure f) {
        String status = "HTTP " + f.status();
        String quoted = f.serverMessage();
        // Reached with --api v2 only: in auto, such an answer turns to the InfluxDB 3 query.
        String v3 = f.influxDb3() ? "the server answers like InfluxDB 3: give --api v3, or leave --api at auto" : null;
        if (f.rejectsToken()) {
            return new Report(
                    "the server rejected the token from " + Words.origin(f.tokenOrigin()) + ": "
                            + (quoted != null ? quoted : "no reason given") + " (" + status + ")",
                    v3 != null
                            ? v3
                            : "check the token; listing tokens needs the read:authorizations permission in the org",
                    f.exitCode());
        }
        String retry = f.retry() == null ? null : retry(f.retry());
        if (f.notFound()) {
            HttpFailure.Subject subject = f.subject();
            String what = subject != null ? subject.kind() + " \"" + subject.name() + "\" not found" : quoted;
            return new Report(what + " (" + status + ")", null, f.exitCode());
        }
        String said = quoted != null
                ? quoted
                : f.bodyExcerpt() == null
                        ? "an empty body"
                        : "a " + (f.contentType() == null ? "body without content type" : f.contentType() + " body")
                                + " instead of JSON: " + f.bodyExcerpt();
        if (f.status() == 404) {
            // Not InfluxDB saying that a token, user or bucket does not exist: the URL leads elsewhere.
            return new Report(
                    "nothing at " + f.url() + ": " + said + " (" + status + ")",
                    v3 != null
                            ? v3
                            : "check the URL from " + Words.origin(f.hostOrigin()) + ": it must lead to InfluxDB,"
                                    + " with a path prefix only where a proxy puts one",
                    f.exitCode());
        }
        if (quoted == null) {
            // A page that is not InfluxDB's JSON likely comes from a proxy: the one configured, if any. An
            // empty body says nothing of where it came from (influxd's own 500s can be empty).
            String hint = retry != null
                    ? retry
                    : v3 != null
                            ? v3
                            : f.proxy() != null
                                    ? ProxyMessages.notFromInflux(f.proxy())
                                    : f.fromInfluxDB() || f.bodyExcerpt() == null ? null : PROXY_HINT;
            return new Report(status + " with " + said + " (from " + f.url() + ")", hint, f.exitCode());
        }
        String prefix = f.status() >= 500 ? "server error: " : "the server refused the request: ";
        return new Report(prefix + quoted + " (" + status + ")", retry != null ? retry : v3, f.exitCode());
    }

    @Override
    public Report v3Query(V3QueryFailure f) {
        HttpFailure h = f.http();
        String status = "HTTP " + h.status();
        String quoted = h.serverMessage() != null ? h.serverMessage() : h.bodyExcerpt();
        String said = quoted != null ? quoted : "no reason given";
        // InfluxDB 3 words its own query errors {"error": ...}; a 404 in other words is a path it does not have.
        boolean ownError = h.serverMessage() != null && h.code() == null;
        return switch (h.status() == 404 && ownError ? 400 : h.status()) {
            case 401 ->
                new Report(
                        "the server rejected the token from " + Words.origin(h.tokenOrigin()) + ": " + said + " ("
                                + status + ")",
                        "check the token; InfluxDB 3 rejects an expired token the same way as an unknown one",
                        f.exitCode());
            case 403 ->
                new Report(
                        "listing tokens on InfluxDB 3 Enterprise needs an admin token; the one from "
                                + Words.origin(h.tokenOrigin()) + " is not (" + status + ")",
                        "use an admin token (influxdb3 create token --admin)",
                        f.exitCode());
            case 404 ->
                new Report(
                        "the server has no InfluxDB 3 query API: " + said + " (" + status + ", from " + h.url() + ")",
                        f.apiOrigin() == null
                                ? PROXY_HINT
                                : "InfluxDB 3 was assumed from " + Words.origin(f.apiOrigin())
                                        + "; for an InfluxDB v2 server, give --api v2 or auto",
                        f.exitCode());
            default ->
                h.retry() != null
                        ? http(h)
                        : new Report(
                                "the InfluxDB 3 query of its tokens failed: " + said + " (" + status + ")",
                                null,
                                f.exitCode());
        };
    }

    private static String retry(RetryOutcome r) {
        String after = r.retries() == 0 ? "" : " (after " + Words.count(r.retries(), "retry", "retries") + ")";
        return switch (r.reason()) {
            case EXHAUSTED ->
                "still HTTP " + r.status() + " after " + Words.count(r.retries(), "retry", "retries")
                        + "; try again later";
            case WAIT_PASSES_DEADLINE ->
                "not retried: waiting the " + Words.seconds(r.asked()) + " the server asked for would pass "
                        + Words.timeout(r.timeout()) + after;
            case WAIT_TOO_LONG ->
                "not retried: the server asked to wait " + Words.seconds(r.asked()) + after + "; try again later";
            case INTERRUPTED -> "interrupted while waiting to retry";
        };
    }

    @Override
    public Report notFound(NotFound f) {
        if (f.kind().equals("token")) {
            return new Report(
                    "no token has the ID or name \"" + f.name() + "\" (from " + f.url() + ")",
                    "influx-auth list shows every token's ID and name",
                    f.exitCode());
        }
        return new Report(
                f.kind() + " \"" + f.name() + "\" not found" + (f.org() == null ? "" : " in org " + f.org()),
                null,
                f.exitCode());
    }

    @Override
    public Report connection(ConnectionFailure f) {
        Report throughProxy = f.proxy() == null ? null : ProxyMessages.connection(f);
        if (throughProxy != null) {
            return throughProxy;
        }
        String url = f.url();
        String detail = f.detail() == null ? "" : ": " + f.detail();
        String message = switch (f.kind()) {
            case REFUSED -> "cannot connect to " + url + ": connection refused";
            case PLAIN_TO_TLS -> url + " answered in TLS, not plain HTTP";
            case UNKNOWN_HOST -> "cannot connect to " + url + ": unknown host " + f.host();
            case UNTRUSTED -> "cannot verify the TLS certificate of " + url + detail;
            case WRONG_HOST ->
                "cannot verify the TLS certificate of " + url + ": its certificate is not valid for the host name "
                        + f.host();
            case TLS -> "TLS handshake with " + url + " failed" + detail;
            case TIMEOUT -> "no complete answer from " + url + " within " + Words.timeout(f.timeout());
            case OTHER -> "network failure talking to " + url + detail;
            // Only through a proxy, worded above.
            case PROXY_AUTH, PROXY_TUNNEL -> "cannot connect to " + url + " through a proxy";
        };
        String hint = switch (f.kind()) {
            case REFUSED -> "is the server running there? Set its URL with --host or INFLUX_HOST";
            case PLAIN_TO_TLS -> "give --host an https:// URL: " + url.replaceFirst("^http:", "https:");
            case UNKNOWN_HOST -> "check the host name; set the server's URL with --host or INFLUX_HOST";
            case UNTRUSTED ->
                "trust its CA with --ca-cert PATH (or INFLUX_CA_CERT), or skip the check, insecurely,"
                        + " with --skip-verify";
            case WRONG_HOST ->
                "give --host the name the certificate was issued for, or skip the check, insecurely,"
                        + " with --skip-verify";
            case TLS -> "does the server speak https on that port? For plain http, give an http:// URL to --host";
            case TIMEOUT ->
                f.timeout().origin().kind() == Origin.Kind.ENVIRONMENT
                        ? "raise the limit, e.g. " + f.timeout().origin().name() + "=2m"
                        : "raise the limit with --timeout, e.g. --timeout 2m";
            case OTHER -> "the connection broke off; try again, and see the exchange with --http-debug";
            case PROXY_AUTH, PROXY_TUNNEL -> null;
        };
        return new Report(message, hint, f.exitCode());
    }

    @Override
    public Report badResponse(BadResponse f) {
        String at = f.line() == 0 ? "" : " at line " + f.line() + ", column " + f.column();
        String what = switch (f.kind()) {
            case EMPTY_BODY -> "the response body is empty";
            case WRONG_TOP_LEVEL -> "unexpected response: not " + f.detail();
            case TRAILING_TEXT -> "unexpected response: text after the JSON object";
            case TRUNCATED -> "the response is truncated: the JSON ends early" + at;
            case MALFORMED ->
                "the response is not valid JSON" + at
                        + (f.detail() == null ? "" : " (unexpected character '" + f.detail() + "')");
            case STRING_TOO_LONG ->
                "the response holds a string longer than " + f.detail() + " characters, the most influx-auth reads"
                        + at;
            case BEYOND_LIMITS ->
                "the response is nested too deep, or holds a number or a field name too long to read" + at;
            case SHAPE -> "unexpected response: " + f.detail();
            case PAGING_REPEATS ->
                "the server's paging repeats itself: the next page is " + f.detail() + ", a page already read";
            case NEXT_LINK_NOT_URL -> "the server's next-page link is not a URL";
            case NEXT_LINK_FOREIGN ->
                "the server's next-page link points to another server (" + f.detail()
                        + "); not following it with the token";
            case NEXT_LINK_OUTSIDE ->
                "the server's next-page link leads to " + f.detail()
                        + ", outside the path of --host; not following it with the token";
            case REDIRECT -> "HTTP " + f.status() + ": it redirects to " + f.detail();
            case BAD_GZIP -> "the response says it is gzip-encoded, but it is not valid gzip";
            case NOT_HTTP -> "the answer does not follow HTTP" + (f.detail() == null ? "" : " (" + f.detail() + ")");
            case BAD_CONTENT_LENGTH ->
                "HTTP " + f.status() + " with a negative Content-Length (" + f.detail()
                        + "): the length of the body is unknown";
            case NOT_JSON ->
                "HTTP " + f.status() + " with a " + f.contentType() + " body instead of JSON"
                        + (f.detail() == null ? "" : ": " + f.detail());
        };
        String hint = switch (f.kind()) {
            case NOT_HTTP -> "is --host the address of the server's HTTP API, with the right scheme and port?";
            case REDIRECT ->
                "give --host the address it redirects to; redirects are not followed, so that the"
                        + " token goes nowhere else";
            case NOT_JSON -> PROXY_HINT;
            default -> null;
        };
        return new Report("bad response from " + f.url() + ": " + what, hint, f.exitCode());
    }
}
