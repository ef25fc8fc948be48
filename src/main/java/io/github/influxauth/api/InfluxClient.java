package io.github.influxauth.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.influxauth.Version;
import io.github.influxauth.config.ConnectionSettings;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Bucket;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The InfluxDB v2 API calls this tool makes. The only class that executes HTTP: every call goes
 * through {@link #execute}, which applies the deadline and retries and turns failures into
 * {@link ApiException}, {@link ConnectionFailedException} or {@link BadResponseException}.
 */
public final class InfluxClient implements AutoCloseable {

    private final HttpUrl base;
    private final String token;
    private final OkHttpClient http;
    private final Deadline deadline;
    private final Retrier retrier;

    public InfluxClient(ConnectionSettings settings, PrintWriter debug) {
        this(settings, debug, Retrier.Sleeper.REAL);
    }

    InfluxClient(ConnectionSettings settings, PrintWriter debug, Retrier.Sleeper sleeper) {
        this.base = HttpUrl.get(settings.host().toString());
        this.token = settings.token();
        this.deadline = Deadline.after(settings.timeout());
        this.retrier = new Retrier(deadline, sleeper);
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(0, TimeUnit.MILLISECONDS)
                .readTimeout(0, TimeUnit.MILLISECONDS)
                .writeTimeout(0, TimeUnit.MILLISECONDS)
                .followRedirects(false);
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
        HttpUrl next = url.build();
        Set<HttpUrl> seen = new HashSet<>();
        while (next != null) {
            if (!seen.add(next)) {
                throw new BadResponseException("the server's paging repeats the page " + redactQuery(next), next.toString());
            }
            next = listPage(next, sink);
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

    private HttpUrl listPage(HttpUrl url, Consumer<Authorization> sink) {
        try (Response response = execute(url)) {
            ResponseBody body = response.body();
            String nextLink = null;
            boolean sawList = false;
            try (InputStream in = body.byteStream(); JsonParser parser = Json.FACTORY.createParser(in)) {
                if (parser.nextToken() == null) {
                    throw new BadResponseException("the response body is empty", url.toString());
                }
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new BadResponseException("unexpected response: not a JSON object", url.toString());
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (field.equals("authorizations") && value == JsonToken.START_ARRAY) {
                        sawList = true;
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            JsonNode node = Json.readTree(parser);
                            try {
                                sink.accept(Authorization.fromJson(node));
                            } catch (IllegalArgumentException e) {
                                throw new BadResponseException("unexpected response: " + e.getMessage(), url.toString());
                            }
                        }
                    } else if (field.equals("links") && value == JsonToken.START_OBJECT) {
                        JsonNode links = Json.readTree(parser);
                        JsonNode next = links.get("next");
                        if (next != null && next.isTextual() && !next.asText().isEmpty()) {
                            nextLink = next.asText();
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
                if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                    throw new BadResponseException("unexpected response: text after the JSON object", url.toString());
                }
            } catch (JsonEOFException e) {
                throw new BadResponseException("the response is truncated: the JSON ends early", url.toString());
            } catch (JsonProcessingException e) {
                throw new BadResponseException("the response is not valid JSON: " + e.getOriginalMessage(), url.toString());
            } catch (IOException e) {
                throw failure(e, url);
            }
            if (!sawList) {
                throw new BadResponseException("unexpected response: no \"authorizations\" array", url.toString());
            }
            return nextLink == null ? null : resolveNext(url, nextLink);
        }
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
        try (Response response = execute(url)) {
            try (InputStream in = response.body().byteStream()) {
                JsonNode node = Json.wholeBody().readTree(in);
                if (node == null || node.isMissingNode()) {
                    throw new BadResponseException("the response body is empty", url.toString());
                }
                if (!node.isObject()) {
                    throw new BadResponseException("unexpected response: not a JSON object", url.toString());
                }
                return node;
            } catch (JsonEOFException e) {
                throw new BadResponseException("the response is truncated: the JSON ends early", url.toString());
            } catch (JsonProcessingException e) {
                throw new BadResponseException("the response is not valid JSON: " + e.getOriginalMessage(), url.toString());
            } catch (IOException e) {
                throw failure(e, url);
            }
        }
    }

    /** Executes a GET within the deadline, retrying 429 and 503; returns only a 2xx response. */
    private Response execute(HttpUrl url) {
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", "Token " + token)
                .header("Accept", "application/json")
                .header("User-Agent", "influx-auth/" + Version.get())
                .build();
        for (int attempt = 0; ; attempt++) {
            Call call = http.newCall(request);
            long remaining = deadline.remainingNanos();
            if (remaining <= 0) {
                throw new ConnectionFailedException(ConnectionFailedException.Kind.TIMEOUT, url.toString(),
                        "no complete answer within " + deadline.describe());
            }
            if (remaining != Long.MAX_VALUE) {
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
            ApiException error;
            try (response) {
                error = ErrorBodies.toException(response, url.toString());
            }
            if (!retrier.shouldRetry(attempt, response.code(), response.header("Retry-After"))) {
                throw error;
            }
        }
    }

    private RuntimeException failure(IOException e, HttpUrl url) {
        if (e instanceof InterruptedIOException && deadline.remainingNanos() <= 0) {
            return new ConnectionFailedException(ConnectionFailedException.Kind.TIMEOUT, url.toString(),
                    "no complete answer within " + deadline.describe());
        }
        String target = base.toString();
        if (e instanceof ConnectException) {
            return new ConnectionFailedException(ConnectionFailedException.Kind.REFUSED, target, "connection refused");
        }
        if (e instanceof UnknownHostException) {
            return new ConnectionFailedException(ConnectionFailedException.Kind.UNKNOWN_HOST, target,
                    "unknown host " + base.host());
        }
        if (e instanceof SSLException) {
            return new ConnectionFailedException(ConnectionFailedException.Kind.TLS, target,
                    "TLS failure: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        if (e instanceof InterruptedIOException) {
            return new ConnectionFailedException(ConnectionFailedException.Kind.TIMEOUT, url.toString(),
                    "no complete answer within " + deadline.describe());
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ConnectionFailedException(ConnectionFailedException.Kind.OTHER, url.toString(), detail);
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

    private static String redactQuery(HttpUrl url) {
        return url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
