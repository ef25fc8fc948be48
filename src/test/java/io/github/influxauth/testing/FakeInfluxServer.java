package io.github.influxauth.testing;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.Buffer;

/**
 * A stand-in for influxd 2.x's token endpoints, faithful to {@code contract/}: the same paths, query
 * parameters, status codes, error bodies and JSON layout (tab-indented, as influxd's
 * {@code json.MarshalIndent} writes it; compact for the authentication middleware's 401).
 *
 * <p>Knobs for the cases real servers differ in: {@link #ignoreFilters} (versions that return every
 * token whatever the query), {@link #pageSize} (servers that page with {@code links.next}), and a
 * path prefix (a reverse proxy in front).
 */
public final class FakeInfluxServer extends Dispatcher implements FakeServer.Fake {

    public static final String TOKEN = "fake-operator-token-9f8e7d6c5b4a3210fedcba9876543210==";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter INDENTED = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("\t", "\n"))
            .withArrayIndenter(new DefaultIndenter("\t", "\n"))
            .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)));
    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");

    private final List<ObjectNode> authorizations;
    private final List<ObjectNode> buckets = new ArrayList<>();
    private final Map<String, MockResponse> cache = new ConcurrentHashMap<>();
    private volatile String token = TOKEN;
    private volatile boolean ignoreFilters;
    private volatile int pageSize;
    private volatile String prefix = "";
    private final Map<Integer, MockResponse> faults = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int faultFrom;
    private volatile MockResponse lastingFault;

    public FakeInfluxServer(List<ObjectNode> authorizations) {
        this.authorizations = List.copyOf(authorizations);
        for (ObjectNode a : authorizations) {
            Secrets.serverToken(a.path("token").asText(null));
        }
    }

    /** The three authorizations of {@code contract/examples/authorizations-list.json}. */
    public static FakeInfluxServer withContractExamples() {
        return new FakeInfluxServer(Fixtures.authorizations("authorizations-list.json"))
                .addBucket("8f3e2d1c0b4a5967", "telegraf", "5f1c2d3e4a6b7c80");
    }

    /**
     * {@code fixtures/audit-list.json}: every permission shape {@code --can} distinguishes, hostile
     * and wide descriptions, undisclosed tokens; two buckets named telegraf in two orgs.
     */
    public static FakeInfluxServer withAuditFixture() {
        return new FakeInfluxServer(Fixtures.authorizationsIn("/fixtures/audit-list.json"))
                .addBucket("8f3e2d1c0b4a5967", "telegraf", "5f1c2d3e4a6b7c80")
                .addBucket("9a9b9c9d9e9f9091", "telegraf", "7a7b7c7d7e7f7071")
                .addBucket("3c3c3c3c3c3c3c3c", "sensors", "5f1c2d3e4a6b7c80");
    }

    public FakeInfluxServer token(String token) {
        this.token = token;
        return this;
    }

    public FakeInfluxServer ignoreFilters(boolean ignore) {
        this.ignoreFilters = ignore;
        cache.clear();
        return this;
    }

    public FakeInfluxServer pageSize(int size) {
        this.pageSize = size;
        cache.clear();
        return this;
    }

    /** Serve under a path prefix, as behind {@code https://proxy/influx}. */
    public FakeInfluxServer prefix(String prefix) {
        this.prefix = prefix;
        return this;
    }

    public FakeInfluxServer addBucket(String id, String name, String orgID) {
        ObjectNode b = JSON.createObjectNode();
        b.put("id", id);
        b.put("orgID", orgID);
        b.put("type", "user");
        b.put("name", name);
        b.putArray("retentionRules");
        b.put("createdAt", "2024-03-12T09:15:27.4Z");
        b.put("updatedAt", "2024-03-12T09:15:27.4Z");
        buckets.add(b);
        return this;
    }

    /** Answers request number {@code n} (0 for the first) with {@code response} instead of the faithful one. */
    public FakeInfluxServer fault(int n, MockResponse response) {
        faults.put(n, response);
        return this;
    }

    /** Answers every request from number {@code n} on with {@code response}. */
    public FakeInfluxServer faultFrom(int n, MockResponse response) {
        this.faultFrom = n;
        this.lastingFault = response;
        return this;
    }

    @Override
    public Cli connect(Cli cli, String url) {
        return cli.env("INFLUX_HOST", url).env("INFLUX_TOKEN", token);
    }

    /** A started MockWebServer that answers with this dispatcher. */
    @Override
    public MockWebServer start() throws IOException {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(this);
        server.start(InetAddress.getLoopbackAddress(), 0);
        return server;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        int n = requests.getAndIncrement();
        MockResponse fault = faults.get(n);
        if (fault == null && lastingFault != null && n >= faultFrom) {
            fault = lastingFault;
        }
        if (fault != null) {
            return fault;
        }
        HttpUrl url = request.getUrl();
        String path = url.encodedPath();
        if (!path.startsWith(prefix + "/api/v2/")) {
            return json(404, "{\n\t\"code\": \"not found\",\n\t\"message\": \"path not found\"\n}");
        }
        path = path.substring(prefix.length());
        // influxd answers a collection with or without a trailing slash; the docs' recipe uses it.
        if (path.endsWith("/") && path.length() > "/api/v2/".length()) {
            path = path.substring(0, path.length() - 1);
        }
        if (!("Token " + token).equals(request.getHeaders().get("Authorization"))) {
            return json(401, "{\"code\":\"unauthorized\",\"message\":\"unauthorized access\"}");
        }
        if (path.equals("/api/v2/authorizations")) {
            return cache.computeIfAbsent(Objects.toString(url.encodedQuery()), q -> list(url));
        }
        if (path.startsWith("/api/v2/authorizations/")) {
            String id = path.substring("/api/v2/authorizations/".length());
            if (!ID.matcher(id).matches()) {
                return error(400, "invalid", "id must have a length of 16 bytes");
            }
            for (ObjectNode a : authorizations) {
                if (id.equals(a.path("id").asText())) {
                    return json(200, indented(a));
                }
            }
            return error(404, "not found", "authorization not found");
        }
        if (path.equals("/api/v2/users")) {
            return findUsers(url);
        }
        if (path.equals("/api/v2/buckets")) {
            return findBuckets(url);
        }
        if (path.startsWith("/api/v2/orgs/")) {
            String id = path.substring("/api/v2/orgs/".length());
            for (ObjectNode a : authorizations) {
                if (id.equals(a.path("orgID").asText()) && a.hasNonNull("org")) {
                    ObjectNode org = JSON.createObjectNode();
                    org.put("id", id);
                    org.put("name", a.get("org").asText());
                    return json(200, indented(org));
                }
            }
            return error(404, "not found", "organization not found");
        }
        if (path.startsWith("/api/v2/buckets/")) {
            String id = path.substring("/api/v2/buckets/".length());
            for (ObjectNode b : buckets) {
                if (id.equals(b.path("id").asText())) {
                    return json(200, indented(b));
                }
            }
            return error(404, "not found", "bucket not found");
        }
        return error(404, "not found", "path not found");
    }

    private MockResponse list(HttpUrl url) {
        String user = url.queryParameter("user");
        String userID = url.queryParameter("userID");
        String org = url.queryParameter("org");
        String orgID = url.queryParameter("orgID");
        for (String id : new String[] {userID, orgID}) {
            if (id != null && !ID.matcher(id).matches()) {
                return error(400, "invalid", "id must have a length of 16 bytes");
            }
        }
        if (user != null
                && authorizations.stream()
                        .noneMatch(a -> user.equals(a.path("user").asText()))) {
            return error(404, "not found", "user not found");
        }
        if (org != null
                && authorizations.stream()
                        .noneMatch(a -> org.equals(a.path("org").asText()))) {
            return error(404, "not found", "organization name \"" + org + "\" not found");
        }
        List<ObjectNode> selected = new ArrayList<>();
        for (ObjectNode a : authorizations) {
            if (ignoreFilters
                    || ((user == null || user.equals(a.path("user").asText()))
                            && (userID == null || userID.equals(a.path("userID").asText()))
                            && (org == null || org.equals(a.path("org").asText()))
                            && (orgID == null || orgID.equals(a.path("orgID").asText())))) {
                selected.add(a);
            }
        }
        int offset = parseInt(url.queryParameter("offset"));
        ObjectNode body = JSON.createObjectNode();
        ObjectNode links = body.putObject("links");
        links.put("self", "/api/v2/authorizations");
        int end = selected.size();
        if (pageSize > 0) {
            end = Math.min(selected.size(), offset + pageSize);
            if (end < selected.size()) {
                // influxd writes links from its own root, without any proxy prefix.
                HttpUrl next = url.newBuilder()
                        .setQueryParameter("offset", String.valueOf(end))
                        .build();
                links.put("next", next.encodedPath().substring(prefix.length()) + "?" + next.encodedQuery());
            }
        }
        ArrayNode items = body.putArray("authorizations");
        for (ObjectNode a : selected.subList(Math.min(offset, end), end)) {
            items.add(a);
        }
        return json(200, indented(body));
    }

    /**
     * {@code GET /api/v2/users?name=}, shaped like {@code contract/examples/users-by-name.json}: the
     * users are the owners of the authorizations; an unknown name is a 404, as in influxd.
     */
    private MockResponse findUsers(HttpUrl url) {
        String name = url.queryParameter("name");
        Map<String, String> users = new LinkedHashMap<>();
        for (ObjectNode a : authorizations) {
            if (a.hasNonNull("userID")
                    && (name == null || name.equals(a.path("user").asText()))) {
                users.putIfAbsent(a.get("userID").asText(), a.path("user").asText());
            }
        }
        if (name != null && users.isEmpty()) {
            return error(404, "not found", "user not found");
        }
        ObjectNode body = JSON.createObjectNode();
        body.putObject("links").put("self", "/api/v2/users");
        ArrayNode items = body.putArray("users");
        users.forEach((id, userName) -> {
            ObjectNode u = items.addObject();
            u.putObject("links").put("self", "/api/v2/users/" + id);
            u.put("id", id);
            u.put("name", userName);
            u.put("status", "active");
        });
        return json(200, indented(body));
    }

    private MockResponse findBuckets(HttpUrl url) {
        String name = url.queryParameter("name");
        String org = url.queryParameter("org");
        String orgID = url.queryParameter("orgID");
        if (org != null) {
            // influxd resolves the org name first, and fails the whole call when there is no such org.
            orgID = authorizations.stream()
                    .filter(a -> org.equals(a.path("org").asText()))
                    .map(a -> a.path("orgID").asText())
                    .findFirst()
                    .orElse(null);
            if (orgID == null) {
                return error(404, "not found", "organization name \"" + org + "\" not found");
            }
        }
        ObjectNode body = JSON.createObjectNode();
        body.putObject("links").put("self", "/api/v2/buckets");
        ArrayNode items = body.putArray("buckets");
        for (ObjectNode b : buckets) {
            if ((name == null || name.equals(b.path("name").asText()))
                    && (orgID == null || orgID.equals(b.path("orgID").asText()))) {
                items.add(b);
            }
        }
        return json(200, indented(body));
    }

    private static int parseInt(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static MockResponse error(int status, String code, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("code", code);
        body.put("message", message);
        return json(status, indented(body));
    }

    public static MockResponse json(int status, String body) {
        Buffer buffer = new Buffer().writeUtf8(body);
        return new MockResponse.Builder()
                .code(status)
                .headers(Headers.of(
                        "Content-Type",
                        "application/json; charset=utf-8",
                        "X-Influxdb-Build",
                        "OSS",
                        "X-Influxdb-Version",
                        "v2.7.12"))
                .body(buffer)
                .build();
    }

    public static String indented(JsonNode node) {
        try {
            return INDENTED.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code java -cp ... FakeInfluxServer [--port P] [--tokens N | --audit] [--delay MS]}: serve until
     * killed (benchmarks, trials); {@code --delay} holds every answer back, as a distant server would.
     */
    public static void main(String[] args) throws Exception {
        int port = 0;
        int tokens = -1;
        long delay = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--tokens" -> tokens = Integer.parseInt(args[++i]);
                case "--audit" -> tokens = -2;
                case "--delay" -> delay = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        FakeInfluxServer fake = tokens == -2
                ? withAuditFixture()
                : tokens < 0 ? withContractExamples() : new FakeInfluxServer(Fixtures.generated(tokens));
        MockWebServer server = new MockWebServer();
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(FakeFleet.delayed(fake, java.time.Duration.ofMillis(delay)));
        server.start(InetAddress.getLoopbackAddress(), port);
        System.out.println(server.url("/").toString().replaceAll("/$", ""));
        System.out.flush();
        Thread.currentThread().join();
    }

    static InputStream resource(String name) {
        InputStream in = FakeInfluxServer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }
}
