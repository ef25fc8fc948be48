package io.github.influxauth.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.influxauth.Version;
import io.github.influxauth.config.ConfigException;
import io.github.influxauth.config.ConnectionSettings;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Bucket;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.security.Security;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Call;
import okhttp3.ConnectionSpec;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The InfluxDB v2 API calls this tool makes. The only class that executes HTTP: every call goes
 * through {@link #execute}, which applies the deadline and retries and turns failures into
 * {@link ApiException}, {@link ConnectionFailedException} or {@link BadResponseException}.
 */
public final class InfluxClient implements AutoCloseable {

    /** How okio's GzipSource says that a header or trailer field is wrong. */
    private static final Pattern GZIP_CHECK = Pattern.compile("(ID1ID2|FLG|FEXTRA|FHCRC|CRC|ISIZE): actual ");
    /** The one piece of Jackson's parse messages that is safe to quote: a single character. */
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.)' \\(code");

    private final HttpUrl base;
    private final String token;
    private final OkHttpClient http;
    private final Deadline deadline;
    private final Retrier retrier;

    /**
     * Starts, on another core, the slowest part of OkHttp's set-up: its platform detection
     * instantiates every JCA security provider (20-30 ms), even for {@code http://}. Begun first
     * thing, it runs while the command line is parsed, instead of on the first request's path.
     */
    public static void warmUpInBackground() {
        Thread warmUp = new Thread(Security::getProviders, "influx-auth-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    public InfluxClient(ConnectionSettings settings, PrintWriter debug) {
        this(settings, debug, Retrier.Sleeper.REAL);
    }

    InfluxClient(ConnectionSettings settings, PrintWriter debug, Retrier.Sleeper sleeper) {
        this(settings, debug, sleeper, Dns.SYSTEM);
    }

    /** {@code dns}: the resolver, replaceable so that tests can make one that never answers. */
    InfluxClient(ConnectionSettings settings, PrintWriter debug, Retrier.Sleeper sleeper, Dns dns) {
        HttpUrl parsed = HttpUrl.parse(settings.host().toString());
        if (parsed == null) {
            // java.net.URI accepts a few URLs that OkHttp does not; the resolver checks what it can.
            throw new ConfigException("the host " + settings.host() + " is not a URL this tool can connect to");
        }
        this.base = parsed;
        this.token = settings.token();
        this.deadline = Deadline.after(settings.timeout());
        this.retrier = new Retrier(deadline, sleeper);
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(0, TimeUnit.MILLISECONDS)
                .readTimeout(0, TimeUnit.MILLISECONDS)
                .writeTimeout(0, TimeUnit.MILLISECONDS)
                .followRedirects(false);
        builder.dns(new BoundedDns(dns, deadline));
        if (base.isHttps()) {
            Tls.configure(builder, settings);
        } else {
            // Plain http needs no TLS; saying so spares the start-up cost of OkHttp's TLS set-up.
            builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        if (debug != null) {
            builder.addInterceptor(HttpDebug.interceptor(debug, token));
        }
        this.http = builder.build();
    }

    /**
     * Lists authorizations, following {@code links.next}, handing each to {@code sink} as soon as it
     * is parsed. Throws on any failure, also after some were handed over.
     */
    public void listAuthorizations(AuthorizationQuery query, Consumer<Authorization> sink) {
        HttpUrl.Builder url = api("authorizations");
        addParam(url, "user", query.user());
        addParam(url, "userID", query.userID());
        addParam(url, "org", query.org());
        addParam(url, "orgID", query.orgID());
        HttpUrl page = url.build();
        Set<HttpUrl> seen = new HashSet<>();
        seen.add(page);
        Paging paging = new Paging();
        while (page != null) {
            HttpUrl next = listPage(page, paging, sink);
            if (next != null && !seen.add(next)) {
                throw new BadResponseException("the server's paging repeats itself: the next page is "
                        + pathAndQuery(next) + ", a page already read", page.toString());
            }
            page = next;
            paging.pages++;
        }
    }

    /**
     * What a listing remembers across pages. Offset paging shifts when tokens are created or deleted
     * meanwhile, so a later page may repeat one already handed over: IDs are remembered, but only
     * once the server is known to page, so that a one-page listing of any size stays in flat memory.
     * The first page's IDs are remembered when its links come before its authorizations, as influxd
     * writes them.
     */
    private static final class Paging {
        int pages;
        Set<String> ids;

        void pagingSeen() {
            if (ids == null) {
                ids = new HashSet<>();
            }
        }

        /** False for an authorization already handed over on an earlier page. */
        boolean first(Authorization a) {
            if (pages > 0) {
                pagingSeen();
            }
            return ids == null || ids.add(a.id());
        }
    }

    public Authorization getAuthorization(String id) {
        HttpUrl url = api("authorizations").addPathSegment(id).build();
        JsonNode node = getJson(url);
        try {
            return Authorization.fromJson(node);
        } catch (IllegalArgumentException e) {
            throw new BadResponseException("unexpected response: " + e.getMessage(), url.toString());
        }
    }

    /** {@code GET /api/v2/buckets/{id}}. */
    public Bucket getBucket(String id) {
        HttpUrl url = api("buckets").addPathSegment(id).build();
        return bucket(getJson(url), url);
    }

    /** {@code GET /api/v2/buckets?name=}, limited to one org when {@code org} or {@code orgID} is given. */
    public List<Bucket> findBuckets(String name, String org, String orgID) {
        HttpUrl.Builder builder = api("buckets").addQueryParameter("name", name);
        addParam(builder, "org", org);
        addParam(builder, "orgID", orgID);
        HttpUrl url = builder.build();
        JsonNode root = getJson(url);
        JsonNode buckets = root.get("buckets");
        if (buckets == null || !buckets.isArray()) {
            throw new BadResponseException("unexpected response: no \"buckets\" array", url.toString());
        }
        List<Bucket> found = new ArrayList<>();
        for (JsonNode b : buckets) {
            Bucket bucket = bucket(b, url);
            if (name.equals(bucket.name())) {
                found.add(bucket);
            }
        }
        return found;
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private HttpUrl listPage(HttpUrl url, Paging paging, Consumer<Authorization> sink) {
        String nextLink = readJson(url, parser -> {
            String next = null;
            boolean sawList = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("authorizations")) {
                    if (value != JsonToken.START_ARRAY) {
                        throw new BadResponseException("unexpected response: \"authorizations\" is not an array",
                                url.toString());
                    }
                    sawList = true;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        Authorization a;
                        try {
                            a = Authorization.fromJson(Json.readTree(parser));
                        } catch (IllegalArgumentException e) {
                            throw new BadResponseException("unexpected response: " + e.getMessage(), url.toString());
                        }
                        if (paging.first(a)) {
                            sink.accept(a);
                        }
                    }
                } else if (field.equals("links") && value == JsonToken.START_OBJECT) {
                    next = nextLink(Json.readTree(parser), url);
                    if (next != null) {
                        paging.pagingSeen();
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!sawList) {
                throw new BadResponseException("unexpected response: no \"authorizations\" array", url.toString());
            }
            return next;
        });
        return nextLink == null ? null : resolveNext(url, nextLink);
    }

    /** {@code links.next}, or null on the last page. A next link that is not a string would silently lose pages. */
    private static String nextLink(JsonNode links, HttpUrl url) {
        JsonNode next = links.get("next");
        if (next == null || next.isNull() || (next.isTextual() && next.asText().isEmpty())) {
            return null;
        }
        if (!next.isTextual()) {
            throw new BadResponseException("unexpected response: \"links.next\" is not a string", url.toString());
        }
        return next.asText();
    }

    /**
     * Resolves a {@code links.next} against the base URL. Servers write it from their own root
     * ({@code /api/v2/...}), so behind a path prefix the prefix is put back. A link to another
     * origin is refused: following it would send the token there.
     */
    HttpUrl resolveNext(HttpUrl current, String link) {
        HttpUrl resolved;
        if (link.startsWith("/") && !link.startsWith("//")) {
            String prefix = base.encodedPath().equals("/") ? "" : base.encodedPath();
            String path = !prefix.isEmpty() && link.startsWith(prefix + "/") ? link : prefix + link;
            resolved = base.resolve(path);
        } else {
            resolved = current.resolve(link);
        }
        if (resolved == null) {
            throw new BadResponseException("the server's next-page link is not a URL", current.toString());
        }
        if (!resolved.scheme().equals(base.scheme()) || !resolved.host().equals(base.host()) || resolved.port() != base.port()) {
            throw new BadResponseException("the server's next-page link points to another server ("
                    + resolved.scheme() + "://" + resolved.host() + ":" + resolved.port() + "); not following it with the token",
                    current.toString());
        }
        return resolved;
    }

    private JsonNode getJson(HttpUrl url) {
        return readJson(url, Json::readTree);
    }

    /** Reads one JSON object from the body of a GET, positioned on its start; reads past its end. */
    private interface ObjectReader<T> {
        T read(JsonParser parser) throws IOException;
    }

    /**
     * Executes a GET and reads its body, which must be one JSON object and nothing after it, with
     * {@code reader}. Every failure on the way becomes this client's exceptions.
     */
    private <T> T readJson(HttpUrl url, ObjectReader<T> reader) {
        try (Response response = execute(url)) {
            requireJson(response, url);
            try (InputStream in = response.body().byteStream(); JsonParser parser = Json.FACTORY.createParser(in)) {
                if (parser.nextToken() == null) {
                    throw new BadResponseException("the response body is empty", url.toString());
                }
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new BadResponseException("unexpected response: not a JSON object", url.toString());
                }
                T result = reader.read(parser);
                if (parser.nextToken() != null) {
                    throw new BadResponseException("unexpected response: text after the JSON object", url.toString());
                }
                return result;
            } catch (JsonProcessingException e) {
                throw jsonProblem(e, url);
            } catch (IOException e) {
                throw failure(e, url);
            }
        }
    }

    private void requireJson(Response response, HttpUrl url) {
        BadResponseException notJson = ErrorBodies.notJson(response, url.toString(), token);
        if (notJson != null) {
            throw notJson;
        }
    }

    /**
     * Says where the JSON broke, never what it said there: Jackson quotes the offending text, which
     * may be a token value.
     */
    private static BadResponseException jsonProblem(JsonProcessingException e, HttpUrl url) {
        JsonLocation where = e.getLocation();
        String at = where == null || where.getLineNr() < 0 ? ""
                : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        if (e instanceof JsonEOFException) {
            return new BadResponseException("the response is truncated: the JSON ends early" + at, url.toString());
        }
        Matcher unexpected = UNEXPECTED_CHARACTER.matcher(String.valueOf(e.getOriginalMessage()));
        String what = unexpected.lookingAt() ? " (unexpected character '" + unexpected.group(1) + "')" : "";
        return new BadResponseException("the response is not valid JSON" + at + what, url.toString());
    }

    /** Executes a GET within the deadline, retrying 429 and 503; returns only a 2xx response. */
    private Response execute(HttpUrl url) {
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", "Token " + token)
                .header("Accept", "application/json")
                .header("User-Agent", "influx-auth/" + Version.get())
                .build();
        int retries = 0;
        while (true) {
            Call call = http.newCall(request);
            long remaining = deadline.remainingNanos();
            if (remaining <= 0) {
                throw timeout(url);
            }
            if (remaining != Long.MAX_VALUE) {
                // Spans connecting, sending, waiting and reading the body, until the response is closed.
                call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
            }
            Response response;
            try {
                response = call.execute();
            } catch (IOException e) {
                throw failure(e, url);
            }
            if (response.isSuccessful()) {
                return response;
            }
            String location = response.header("Location");
            if (response.isRedirect() && location != null) {
                response.close();
                // Not followed: the token would go along to wherever it points.
                throw new BadResponseException("HTTP " + response.code() + ": it redirects to "
                        + Redaction.redact(location, token), url.toString(),
                        "give --host the address it redirects to; redirects are not followed, so that the token goes nowhere else");
            }
            String retryAfter = response.header("Retry-After");
            int status = response.code();
            // OkHttp itself sends a request once more after a 503 with "Retry-After: 0": that counts too.
            for (Response prior = response.priorResponse(); prior != null; prior = prior.priorResponse()) {
                retries++;
            }
            // The body is read before the wait, so the connection goes back to the pool meanwhile.
            ApiException error;
            try (response) {
                error = ErrorBodies.toException(response, url.toString(), token, null);
            }
            String whyNot = retrier.retryOrWhyNot(retries, status, retryAfter);
            if (whyNot != null) {
                throw whyNot.isEmpty() ? error : new ApiException(error.status(), error.code(), error.serverMessage(),
                        error.contentType(), error.bodyExcerpt(), error.url(), whyNot);
            }
            retries++;
        }
    }

    private ConnectionFailedException timeout(HttpUrl url) {
        return new ConnectionFailedException(ConnectionFailedException.Kind.TIMEOUT, url.toString(),
                "no complete answer within " + deadline.describe());
    }

    private RuntimeException failure(IOException e, HttpUrl url) {
        // Once the deadline has passed, whatever OkHttp's cancel left behind ("Socket closed",
        // "Canceled", a timeout) has one cause.
        if (deadline.remainingNanos() <= 0 || e instanceof InterruptedIOException) {
            return timeout(url);
        }
        String target = base.toString();
        if (e instanceof ConnectException) {
            return new ConnectionFailedException(ConnectionFailedException.Kind.REFUSED, target, "connection refused");
        }
        if (e instanceof UnknownHostException) {
            return new ConnectionFailedException(ConnectionFailedException.Kind.UNKNOWN_HOST, target,
                    "unknown host " + base.host());
        }
        if (e instanceof SSLPeerUnverifiedException) {
            // OkHttp's message lists the certificate's names over several lines; one fact is enough here.
            return new ConnectionFailedException(ConnectionFailedException.Kind.WRONG_HOST, target,
                    "its certificate is not valid for the host name " + base.host());
        }
        if (e instanceof SSLHandshakeException && causedBy(e, CertificateException.class)) {
            return new ConnectionFailedException(ConnectionFailedException.Kind.UNTRUSTED, target, rootMessage(e));
        }
        if (e instanceof SSLException) {
            return new ConnectionFailedException(ConnectionFailedException.Kind.TLS, target, rootMessage(e));
        }
        if (causedBy(e, DataFormatException.class) || causedBy(e, ZipException.class)
                || (e.getMessage() != null && GZIP_CHECK.matcher(e.getMessage()).lookingAt())) {
            return new BadResponseException("the response says it is gzip-encoded, but it is not valid gzip", url.toString());
        }
        return new ConnectionFailedException(ConnectionFailedException.Kind.OTHER, url.toString(), rootMessage(e));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, on one line: Java's TLS messages nest the useful part several causes deep. */
    private static String rootMessage(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        message = message.strip();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl).strip();
    }

    private HttpUrl.Builder api(String collection) {
        return base.newBuilder().addPathSegments("api/v2").addPathSegment(collection);
    }

    private static void addParam(HttpUrl.Builder url, String name, String value) {
        if (value != null) {
            url.addQueryParameter(name, value);
        }
    }

    private static Bucket bucket(JsonNode node, HttpUrl url) {
        if (!node.isObject() || !node.path("id").isTextual()) {
            throw new BadResponseException("unexpected response: a bucket without an id", url.toString());
        }
        return new Bucket(node.path("id").asText(), node.path("name").asText(null), node.path("orgID").asText(null));
    }

    private static String pathAndQuery(HttpUrl url) {
        return url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
    }
}
