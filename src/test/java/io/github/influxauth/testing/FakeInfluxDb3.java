package io.github.influxauth.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/**
 * A stand-in for InfluxDB 3 Core and Enterprise, faithful to {@code contract/v3/}: authentication
 * before routing (401, its body by version), {@code POST|GET /api/v3/query_sql} answering the
 * {@code system.tokens} query with the example rows, an exact {@code Accept}, the database check,
 * Enterprise's 403 for a token that is not admin, {@code GET /ping}, and {@code Not found} as text
 * for any other path, {@code /api/v2/...} included.
 *
 * <p>Every row's token has a value, {@link #token(String)} of its name, so that tests can use an
 * expired or a resource token; {@link #adminToken()} is the operator's.
 */
public final class FakeInfluxDb3 extends Dispatcher implements FakeServer.Fake {

    public static final String TOKENS_QUERY = "SELECT * FROM system.tokens ORDER BY token_id";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ObjectNode> rows;
    private final String product;
    private final String version;
    private final boolean authentication;
    private final Map<Integer, MockResponse> faults = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Instant now = Cli.NOW;

    private FakeInfluxDb3(List<ObjectNode> rows, String product, String version, boolean authentication) {
        this.rows = List.copyOf(rows);
        this.product = product;
        this.version = version;
        this.authentication = authentication;
    }

    /** Core 3.10: {@code query-tokens-core.json}; every token is {@code *:*:*}, one has expired. */
    public static FakeInfluxDb3 core() {
        return new FakeInfluxDb3(array(Fixtures.v3Example("query-tokens-core.json")), "Core", "3.10.1", true);
    }

    /** Enterprise 3.10: {@code query-tokens-enterprise.jsonl}; resource tokens, one of them written as a JSON array. */
    public static FakeInfluxDb3 enterprise() {
        List<ObjectNode> rows = new ArrayList<>();
        for (String line : Fixtures.v3Example("query-tokens-enterprise.jsonl").split("\n")) {
            rows.add(Fixtures.parse(line));
        }
        return new FakeInfluxDb3(rows, "Enterprise", "3.10.1", true);
    }

    /** Core 3.10 started {@code --without-auth}: no {@code hash} column, no token checked. */
    public static FakeInfluxDb3 withoutAuth() {
        return new FakeInfluxDb3(array(Fixtures.v3Example("query-tokens-without-auth.json")), "Core", "3.10.1", false);
    }

    /** Core 3.7: the rows of {@link #core()}; no {@code cluster-uuid}, an empty 401, bad SQL a 500. */
    public static FakeInfluxDb3 core37() {
        return new FakeInfluxDb3(array(Fixtures.v3Example("query-tokens-core.json")), "Core", "3.7.0", true);
    }

    /** Core 3.0.1: as 3.7, without build headers, and the whole SHA-512 of each token as its hash. */
    public static FakeInfluxDb3 core30() {
        List<ObjectNode> rows = array(Fixtures.v3Example("query-tokens-core.json"));
        for (ObjectNode row : rows) {
            row.put("hash", sha512(token(row.get("name").asText())));
        }
        return new FakeInfluxDb3(rows, "Core", "3.0.1", true);
    }

    /** Core 3.10 serving these rows instead of the example's. */
    public static FakeInfluxDb3 withRows(List<ObjectNode> rows) {
        return new FakeInfluxDb3(rows, "Core", "3.10.1", true);
    }

    /** The value of the token named {@code name}: InfluxDB 3's {@code apiv3_} form. */
    public static String token(String name) {
        return "apiv3_fake-" + name + "-Qm9QbXlMb2NhbFRlc3Q";
    }

    public static String adminToken() {
        return token("_admin");
    }

    /** The moment that decides which tokens the server rejects as expired. */
    public FakeInfluxDb3 now(Instant instant) {
        this.now = instant;
        return this;
    }

    /** Answers request number {@code n} (0 for the first) with {@code response} instead of the faithful one. */
    public FakeInfluxDb3 fault(int n, MockResponse response) {
        faults.put(n, response);
        return this;
    }

    /** Answers the next request to come with {@code response} instead of the faithful one. */
    public FakeInfluxDb3 faultNext(MockResponse response) {
        return fault(requests.get(), response);
    }

    /** The body of the token query in {@code format=json}: one compact array of the rows. */
    public String jsonRows() {
        ArrayNode array = JSON.createArrayNode();
        rows.forEach(array::add);
        return compact(array);
    }

    @Override
    public MockWebServer start() throws IOException {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(this);
        server.start(InetAddress.getLoopbackAddress(), 0);
        return server;
    }

    @Override
    public Cli connect(Cli cli, String url) {
        return cli.env("INFLUXDB3_HOST_URL", url).env("INFLUXDB3_AUTH_TOKEN", adminToken());
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        MockResponse fault = faults.get(requests.getAndIncrement());
        if (fault != null) {
            return fault;
        }
        ObjectNode caller = null;
        if (authentication) {
            String header = request.getHeaders().get("Authorization");
            if (header != null && !header.startsWith("Token ") && !header.startsWith("Bearer ")) {
                return respond(
                        400,
                        "application/json",
                        "{\"error\": \"Authorization header was malformed, the"
                                + " request was not in the form of 'Authorization: <auth-scheme> <token>', supported"
                                + " auth-schemes are Bearer, Token and Basic\"}");
            }
            caller = header == null ? null : rowOfToken(header.substring(header.indexOf(' ') + 1));
            if (caller == null) {
                return unauthorized();
            }
        }
        String path = request.getUrl().encodedPath();
        if (path.equals("/ping") && request.getMethod().equals("GET")) {
            return ping();
        }
        if (path.equals("/api/v3/query_sql")) {
            return query(request, caller);
        }
        return respond(404, "text/plain; charset=utf-8", "Not found");
    }

    private MockResponse query(RecordedRequest request, ObjectNode caller) {
        String accept = request.getHeaders().get("Accept");
        if (accept != null && !List.of("application/json", "*/*").contains(accept)) {
            return respond(400, "text/plain; charset=utf-8", "invalid mime type (" + accept + ")");
        }
        String db;
        String q;
        String format;
        if (request.getMethod().equals("POST")) {
            JsonNode body;
            try {
                body = JSON.readTree(request.getBody().utf8());
            } catch (IOException e) {
                return respond(400, "application/json", "{\"error\": \"invalid json request body\"}");
            }
            db = body.path("db").asText(null);
            q = body.path("q").asText(null);
            format = body.path("format").asText("json");
        } else {
            db = request.getUrl().queryParameter("db");
            q = request.getUrl().queryParameter("q");
            format = request.getUrl().queryParameter("format");
        }
        if (!"_internal".equals(db)) {
            return respond(404, "application/json", "{\"error\":\"query error: database not found: " + db + "\"}");
        }
        if (!TOKENS_QUERY.equals(q)) {
            // The fake knows one query; anything else it answers as InfluxDB 3 answers bad SQL.
            return respond(
                    atLeast(3, 10) ? 400 : 500,
                    "application/json",
                    "{\"error\": \"error while planning query: SQL error: ParserError(\\\"unsupported by this fake\\\")\"}");
        }
        if (product.equals("Enterprise") && caller != null && !isAdmin(caller)) {
            return respond(403, null, "");
        }
        if ("jsonl".equals(format)) {
            StringBuilder lines = new StringBuilder();
            rows.forEach(r -> lines.append(compact(r)).append('\n'));
            return respond(200, "application/jsonl", lines.toString());
        }
        return respond(200, "application/json", jsonRows());
    }

    private MockResponse ping() {
        ObjectNode body = Fixtures.parse(Fixtures.v3Example("ping-core.json"));
        body.put("version", version);
        if (!atLeast(3, 9)) {
            body.remove(List.of("product_name", "process_id"));
        }
        return respond(200, "application/json", compact(body));
    }

    private MockResponse unauthorized() {
        return atLeast(3, 8)
                ? respond(401, "application/json", Fixtures.v3Example("error-401.json"))
                : respond(401, null, "");
    }

    /** The row of the token with this value, unless it has expired: InfluxDB 3 rejects those like unknown ones. */
    private ObjectNode rowOfToken(String value) {
        for (ObjectNode row : rows) {
            if (token(row.get("name").asText()).equals(value)) {
                JsonNode expiry = row.get("expiry");
                boolean expired = expiry != null
                        && !LocalDateTime.parse(expiry.asText())
                                .toInstant(ZoneOffset.UTC)
                                .isAfter(now);
                return expired ? null : row;
            }
        }
        // Rows given by a test may leave the operator out: its token still works.
        return value.equals(adminToken()) ? Fixtures.parse("{\"name\":\"_admin\",\"permissions\":\"*:*:*\"}") : null;
    }

    private static boolean isAdmin(ObjectNode row) {
        return row.get("name").asText().equals("_admin")
                || row.path("permissions").asText().equals("*:*:*");
    }

    private MockResponse respond(int status, String contentType, String body) {
        Headers.Builder headers = new Headers.Builder();
        if (contentType != null) {
            headers.add("Content-Type", contentType);
        }
        if (atLeast(3, 8)) {
            headers.add("cluster-uuid", "0b7e3d5c-6f21-4d8a-9b1e-2c4f6a8d0e13");
        }
        if (atLeast(3, 1)) {
            headers.add("X-Influxdb-Build", product).add("X-Influxdb-Version", version);
        }
        return new MockResponse.Builder()
                .code(status)
                .headers(headers.build())
                .body(body)
                .build();
    }

    private boolean atLeast(int major, int minor) {
        String[] v = version.split("\\.");
        int ma = Integer.parseInt(v[0]);
        int mi = Integer.parseInt(v[1]);
        return ma > major || (ma == major && mi >= minor);
    }

    private static List<ObjectNode> array(String json) {
        List<ObjectNode> rows = new ArrayList<>();
        try {
            JSON.readTree(json).forEach(r -> rows.add((ObjectNode) r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String compact(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha512(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-512").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code java -cp ... FakeInfluxDb3 [--port P] [--delay MS] [core|enterprise|without-auth|3.7|3.0]}: serve
     * until killed, for trying the tool by hand; prints the URL and the admin token.
     */
    public static void main(String[] args) throws Exception {
        int port = 0;
        long delay = 0;
        FakeInfluxDb3 fake = core();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--delay" -> delay = Long.parseLong(args[++i]);
                case "core" -> fake = core();
                case "enterprise" -> fake = enterprise();
                case "without-auth" -> fake = withoutAuth();
                case "3.7" -> fake = core37();
                case "3.0" -> fake = core30();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        // By hand, "now" is now: which tokens the server rejects follows the clock.
        fake.now(Instant.now());
        MockWebServer server = new MockWebServer();
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(FakeFleet.delayed(fake, java.time.Duration.ofMillis(delay)));
        server.start(InetAddress.getLoopbackAddress(), port);
        System.out.println(server.url("/").toString().replaceAll("/$", ""));
        System.out.println(adminToken());
        System.out.flush();
        Thread.currentThread().join();
    }
}
