package io.github.influxauth.cli;

import io.github.influxauth.failure.BadResponse;
import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.ConnectionFailure;
import io.github.influxauth.failure.ExitCode;
import io.github.influxauth.failure.Failure;
import io.github.influxauth.failure.HttpFailure;
import io.github.influxauth.failure.IncompleteListing;
import io.github.influxauth.failure.Interrupted;
import io.github.influxauth.failure.OutOfMemory;
import io.github.influxauth.failure.OutOfTime;
import io.github.influxauth.failure.OutputFailure;
import io.github.influxauth.failure.RetryOutcome;

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
        return of(f.failure()).withHint("the " + f.written()
                + " authorization(s) printed before the failure are not the whole listing");
    }

    @Override
    public Report outOfTime(OutOfTime f) {
        return new Report("the command did not finish within " + Words.timeout(f.timeout()),
                "raise the limit with --timeout, e.g. --timeout 2m", f.exitCode());
    }

    @Override
    public Report interrupted(Interrupted f) {
        String what = "INT".equals(f.signal()) ? "interrupted"
                : "TERM".equals(f.signal()) ? "terminated"
                : f.signal() != null ? "stopped by SIG" + f.signal()
                : "stopped";
        return new Report(what + (f.outputWritten() ? "; the listing is incomplete: it ends with the last whole record" : ""),
                null, f.exitCode());
    }

    @Override
    public Report output(OutputFailure f) {
        return new Report("cannot write output: " + f.reason(), null, f.exitCode());
    }

    @Override
    public Report outOfMemory(OutOfMemory f) {
        return new Report(f.holdingListing()
                ? "too many tokens to hold in memory for table/json/--sort; use --format ndjson or csv,"
                        + " or raise -Xmx via JAVA_OPTS"
                : "out of memory; raise -Xmx via JAVA_OPTS", null, f.exitCode());
    }

    @Override
    public Report http(HttpFailure f) {
        String status = "HTTP " + f.status();
        String quoted = f.serverMessage();
        if (f.rejectsToken()) {
            return new Report("the server rejected the token from " + Words.origin(f.tokenOrigin()) + ": "
                    + (quoted != null ? quoted : "no reason given") + " (" + status + ")",
                    "check the token; listing tokens needs the read:authorizations permission in the org",
                    f.exitCode());
        }
        String retry = f.retry() == null ? null : retry(f.retry());
        if (quoted == null) {
            String what = f.bodyExcerpt() == null
                    ? status + " with an empty body"
                    : status + " with a " + (f.contentType() == null ? "body without content type" : f.contentType() + " body")
                            + " instead of JSON: " + f.bodyExcerpt();
            // A page that is not InfluxDB's JSON likely comes from a proxy: the one configured, if any. An
            // empty body says nothing of where it came from (influxd's own 500s can be empty).
            String hint = retry != null ? retry
                    : f.proxy() != null ? ProxyMessages.notFromInflux(f.proxy())
                    : f.bodyExcerpt() != null ? PROXY_HINT
                    : null;
            return new Report(what + " (from " + f.url() + ")", hint, f.exitCode());
        }
        if (f.exitCode() == ExitCode.NOT_FOUND) {
            return new Report(quoted + " (" + status + ")", null, f.exitCode());
        }
        String prefix = f.status() >= 500 ? "server error: " : "the server refused the request: ";
        return new Report(prefix + quoted + " (" + status + ")", retry, f.exitCode());
    }

    private static String retry(RetryOutcome r) {
        String after = r.retries() == 0 ? "" : " (after " + Words.count(r.retries(), "retry", "retries") + ")";
        return switch (r.reason()) {
            case EXHAUSTED -> "still HTTP " + r.status() + " after " + Words.count(r.retries(), "retry", "retries")
                    + "; try again later";
            case WAIT_PASSES_DEADLINE -> "not retried: waiting the " + Words.seconds(r.asked())
                    + " the server asked for would pass " + Words.timeout(r.timeout()) + after;
            case WAIT_TOO_LONG -> "not retried: the server asked to wait " + Words.seconds(r.asked()) + after
                    + "; try again later";
            case INTERRUPTED -> "interrupted while waiting to retry";
        };
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
            case UNKNOWN_HOST -> "cannot connect to " + url + ": unknown host " + f.host();
            case UNTRUSTED -> "cannot verify the TLS certificate of " + url + detail;
            case WRONG_HOST -> "cannot verify the TLS certificate of " + url
                    + ": its certificate is not valid for the host name " + f.host();
            case TLS -> "TLS handshake with " + url + " failed" + detail;
            case TIMEOUT -> "no complete answer from " + url + " within " + Words.timeout(f.timeout());
            case OTHER -> "network failure talking to " + url + detail;
            // Only through a proxy, worded above.
            case PROXY_AUTH, PROXY_TUNNEL -> "cannot connect to " + url + " through a proxy";
        };
        String hint = switch (f.kind()) {
            case REFUSED -> "is the server running there? Set its URL with --host or INFLUX_HOST";
            case UNKNOWN_HOST -> "check the host name; set the server's URL with --host or INFLUX_HOST";
            case UNTRUSTED -> "trust its CA with --ca-cert PATH (or INFLUX_CA_CERT), or skip the check, insecurely,"
                    + " with --skip-verify";
            case WRONG_HOST -> "give --host the name the certificate was issued for, or skip the check, insecurely,"
                    + " with --skip-verify";
            case TLS -> "does the server speak https on that port? For plain http, give an http:// URL to --host";
            case TIMEOUT -> "raise the limit with --timeout, e.g. --timeout 2m";
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
            case MALFORMED -> "the response is not valid JSON" + at
                    + (f.detail() == null ? "" : " (unexpected character '" + f.detail() + "')");
            case STRING_TOO_LONG -> "the response holds a string longer than " + f.detail()
                    + " characters, the most influx-auth reads" + at;
            case BEYOND_LIMITS -> "the response is nested too deep, or holds a number or a field name too long to read"
                    + at;
            case SHAPE -> "unexpected response: " + f.detail();
            case PAGING_REPEATS -> "the server's paging repeats itself: the next page is " + f.detail()
                    + ", a page already read";
            case NEXT_LINK_NOT_URL -> "the server's next-page link is not a URL";
            case NEXT_LINK_FOREIGN -> "the server's next-page link points to another server (" + f.detail()
                    + "); not following it with the token";
            case NEXT_LINK_OUTSIDE -> "the server's next-page link leads to " + f.detail()
                    + ", outside the path of --host; not following it with the token";
            case REDIRECT -> "HTTP " + f.status() + ": it redirects to " + f.detail();
            case BAD_GZIP -> "the response says it is gzip-encoded, but it is not valid gzip";
            case NOT_HTTP -> "the answer does not follow HTTP" + (f.detail() == null ? "" : " (" + f.detail() + ")");
            case BAD_CONTENT_LENGTH -> "HTTP " + f.status() + " with a negative Content-Length (" + f.detail()
                    + "): the length of the body is unknown";
            case NOT_JSON -> "HTTP " + f.status() + " with a " + f.contentType() + " body instead of JSON"
                    + (f.detail() == null ? "" : ": " + f.detail());
        };
        String hint = switch (f.kind()) {
            case NOT_HTTP -> "is --host the address of the server's HTTP API, with the right scheme and port?";
            case REDIRECT -> "give --host the address it redirects to; redirects are not followed, so that the"
                    + " token goes nowhere else";
            case NOT_JSON -> PROXY_HINT;
            default -> null;
        };
        return new Report("bad response from " + f.url() + ": " + what, hint, f.exitCode());
    }
}
