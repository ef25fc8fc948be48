package io.github.influxauth.api;

import io.github.influxauth.Version;
import io.github.influxauth.config.ConnectionSettings;
import io.github.influxauth.failure.BadResponse;
import io.github.influxauth.failure.ConnectionFailure;
import io.github.influxauth.failure.HttpFailure;
import io.github.influxauth.failure.Origin;
import io.github.influxauth.failure.OutOfTime;
import io.github.influxauth.failure.ProxyUse;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.Security;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogManager;
import okhttp3.Call;
import okhttp3.ConnectionSpec;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The one owner of OkHttp: sets the client up, sends each request with the token under the
 * command's deadline, retries 429 and 503, refuses redirects, and turns every failure on the way
 * into this tool's failures. The APIs above it build URLs and read bodies.
 */
final class Transport implements AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpUrl base;
    private final String token;
    private final Origin tokenOrigin;
    private final Origin hostOrigin;
    private final OkHttpClient http;
    private final Deadline deadline;
    private final Retrier retrier;
    private final Failures failures;
    private final ProxyUse proxy;
    /** For an http:// server through a proxy: sent with every request, as curl and Go do, instead of after a 407. */
    private final String proxyCredentials;

    /**
     * Starts, on another core, the slowest class initialisations of the first request and its answer.
     * Begun first thing, they run while the command line is parsed, instead of on the request's path.
     */
    static void warmUpInBackground() {
        Thread warmUp = new Thread(Transport::warmUp, "influx-auth-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Only the JDK's own classes: initialising OkHttp's here and on the main thread at once could deadlock. */
    private static void warmUp() {
        // OkHttp normalises every host name, 127.0.0.1 too: the JDK then loads its Unicode data.
        Normalizer.normalize("localhost", Normalizer.Form.NFC);
        // OkHttp's task runner has a java.util.logging logger, and the first one sets up the LogManager.
        LogManager.getLogManager();
        // OkHttp's platform detection instantiates every JCA security provider (20-30 ms), even for http://.
        Security.getProviders();
        // Every Jackson parser needs BigDecimal, which on JDK 25 computes 5^65536 as it initialises (12 ms).
        BigDecimal.valueOf(0);
    }

    Transport(ConnectionSettings settings, PrintWriter debug) {
        this(settings, debug, Retrier.Sleeper.REAL, Clock.systemUTC(), Dns.SYSTEM);
    }

    /** {@code sleeper}, {@code clock} and {@code dns} are replaceable, so that tests need not wait, nor a resolver that never answers. */
    Transport(ConnectionSettings settings, PrintWriter debug, Retrier.Sleeper sleeper, Clock clock, Dns dns) {
        // The configuration checked the URL; what java.net.URI accepts, OkHttp does too.
        this.base = HttpUrl.get(settings.host().toString());
        this.token = settings.token();
        this.tokenOrigin = settings.tokenOrigin();
        this.hostOrigin = settings.hostOrigin();
        this.deadline = Deadline.after(settings.timeout());
        this.retrier = new Retrier(deadline, sleeper, clock);
        this.proxy = settings.proxy().use();
        this.proxyCredentials = base.isHttps() ? null : HttpProxy.credentials(settings.proxy());
        this.failures = new Failures(base, deadline, token, proxy);
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(0, TimeUnit.MILLISECONDS)
                .readTimeout(0, TimeUnit.MILLISECONDS)
                .writeTimeout(0, TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .addNetworkInterceptor(new LongRetryAfter())
                .dns(new BoundedDns(dns, deadline));
        HttpProxy.configure(builder, settings.proxy());
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

    /** The server's URL with the path segments added, e.g. {@code "api/v2/authorizations"}. */
    HttpUrl.Builder url(String pathSegments) {
        return base.newBuilder().addPathSegments(pathSegments);
    }

    HttpUrl base() {
        return base;
    }

    /** GETs {@code url} and reads its JSON body with {@code reader}. */
    <T> T get(HttpUrl url, JsonBodies.Reader<T> reader) {
        return exchange(request(url).get().build(), reader);
    }

    /** POSTs {@code json} to {@code url} and reads the JSON answer with {@code reader}. */
    <T> T post(HttpUrl url, String json, JsonBodies.Reader<T> reader) {
        // Bytes, not a String: OkHttp would add "; charset=utf-8" to the Content-Type of a String.
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return exchange(request(url).post(RequestBody.create(body, JSON)).build(), reader);
    }

    /** See {@link TokenSource#checkDeadline}. */
    void checkDeadline() {
        if (deadline.remainingNanos() <= 0) {
            throw new OutOfTime(deadline.timeout());
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private Request.Builder request(HttpUrl url) {
        Request.Builder request = LongRetryAfter.tag(new Request.Builder())
                .url(url)
                .header("Authorization", "Token " + token)
                // Exactly this: InfluxDB 3 answers a charset parameter with 400.
                .header("Accept", "application/json")
                .header("User-Agent", "influx-auth/" + Version.get());
        return proxyCredentials == null ? request : request.header("Proxy-Authorization", proxyCredentials);
    }

    private <T> T exchange(Request request, JsonBodies.Reader<T> reader) {
        try (Response response = execute(request)) {
            return JsonBodies.read(response, request.url(), token, reader, failures);
        }
    }

    /** Executes a request within the deadline, retrying 429 and 503; returns only a 2xx response. */
    private Response execute(Request request) {
        HttpUrl url = request.url();
        int retries = 0;
        while (true) {
            Response response = send(request);
            if (response.code() == 407 && proxy != null) {
                response.close();
                throw new ConnectionFailure(
                        ConnectionFailure.Kind.PROXY_AUTH, url.toString(), base.host(), null, null, proxy);
            }
            checkContentLength(response, url);
            if (response.isSuccessful()) {
                return response;
            }
            String location = response.header("Location");
            if (response.isRedirect() && location != null) {
                response.close();
                // Not followed: the token would go along to wherever it points.
                throw new BadResponse(
                        BadResponse.Kind.REDIRECT,
                        url.toString(),
                        Redaction.redact(location, token),
                        response.code(),
                        null,
                        0,
                        0);
            }
            String retryAfter = LongRetryAfter.of(request, response);
            int status = response.code();
            // OkHttp itself sends a request once more after a 503 with "Retry-After: 0": that counts too.
            for (Response prior = response.priorResponse(); prior != null; prior = prior.priorResponse()) {
                retries++;
            }
            // The body is read before the wait, so the connection goes back to the pool meanwhile.
            HttpFailure failure;
            try (response) {
                failure = ErrorBodies.toFailure(response, url.toString(), token, tokenOrigin, hostOrigin);
            }
            if (proxy != null) {
                failure = failure.via(proxy);
            }
            RetryDecision decision = retrier.afterFailure(retries, status, retryAfter);
            if (!decision.retry()) {
                throw decision.outcome() == null ? failure : failure.withRetry(decision.outcome());
            }
            retries++;
        }
    }

    /**
     * A negative length makes okio throw IllegalArgumentException at the first read of the body,
     * and even when OkHttp closes it (it reads what is left, to reuse the connection).
     */
    private static void checkContentLength(Response response, HttpUrl url) {
        String length = response.header("Content-Length");
        // Only digits are quoted in the message; a negative length in any other form reads as unknown.
        if (length != null && length.matches("-0*[1-9]\\d*")) {
            try {
                response.close();
            } catch (IllegalArgumentException unreadable) {
                // The connection is then not reused; the command ends with this failure anyway.
            }
            throw new BadResponse(
                    BadResponse.Kind.BAD_CONTENT_LENGTH, url.toString(), length, response.code(), null, 0, 0);
        }
    }

    private Response send(Request request) {
        LongRetryAfter.reset(request);
        Call call = http.newCall(request);
        long remaining = deadline.remainingNanos();
        if (remaining <= 0) {
            throw failures.timeout(request.url());
        }
        if (remaining != Long.MAX_VALUE) {
            // Spans connecting, sending, waiting and reading the body, until the response is closed.
            call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
        }
        try {
            return call.execute();
        } catch (IOException e) {
            throw failures.of(e, request.url());
        }
    }
}
