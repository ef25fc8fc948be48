package io.github.influxauth.training;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A small InfluxDB v2 stand-in for the training runs, on 127.0.0.1, over http and https (a CA made
 * here, written to {@code ca.pem} in the work directory). It answers the few requests the commands
 * make with a handful of tokens in the API's shape; it filters nothing, as the client checks every
 * filter again anyway. The tests have their own, faithful fake server; this one only has to make the
 * program load what real runs load.
 */
final class TrainingServer implements AutoCloseable {

    static final String TOKEN = "training-operator-token-0123456789abcdef0123456789abcdef==";
    static final String TOKEN_ID = "0d47b4f0c2e6a000";
    private static final String ORG_ID = "5f1c2d3e4a6b7c80";
    private static final String BUCKET_ID = "8f3e2d1c0b4a5967";

    private static final String AUTHORIZATIONS = """
            [
              {"id": "0d47b3a6f4f6a000", "token": "vIcjU2frm2fh9f_Ot6HlUG0sPZL8ZVtbdbeziS5-fNvA9hQUffLom0SEbxj22DySRoMbVCuS7VrUnPH2-9z3Pw==",
               "status": "active", "description": "admin's Token", "orgID": "%1$s", "org": "my-org",
               "userID": "0d47b3a6d4b6a000", "user": "admin", "createdAt": "2024-03-14T16:02:11.90412Z",
               "updatedAt": "2024-03-14T16:02:11.90412Z",
               "permissions": [{"action": "read", "resource": {"type": "authorizations"}},
                               {"action": "write", "resource": {"type": "authorizations"}},
                               {"action": "read", "resource": {"type": "buckets"}},
                               {"action": "write", "resource": {"type": "buckets"}},
                               {"action": "read", "resource": {"type": "orgs", "id": "%1$s", "name": "my-org"}}],
               "links": {"self": "/api/v2/authorizations/0d47b3a6f4f6a000", "user": "/api/v2/users/0d47b3a6d4b6a000"}},
              {"id": "%2$s", "token": "HfFT8PpIbJg6Cm9DkrxwKnGqpz6Yl0fUt4Iq6mZbPpQ7_SA3mHy4oOcPpOgY1pPZNwS6jXJkgmB0Iu6VUVzg==",
               "status": "active", "description": "telegraf read/write 监控 \\u001b[31m", "orgID": "%1$s", "org": "my-org",
               "userID": "0d47b4c1a9f60001", "user": "iot_user_1", "createdAt": "2024-03-14T16:02:11.90412Z",
               "updatedAt": "2024-04-02T08:45:00.5Z",
               "permissions": [{"action": "read", "resource": {"type": "buckets", "id": "%3$s", "orgID": "%1$s", "name": "telegraf", "org": "my-org"}},
                               {"action": "write", "resource": {"type": "buckets", "id": "%3$s", "orgID": "%1$s", "name": "telegraf", "org": "my-org"}}],
               "links": {"self": "/api/v2/authorizations/%2$s", "user": "/api/v2/users/0d47b4c1a9f60001"}},
              {"id": "0d47b4f0c2e6a001", "token": "",
               "status": "inactive", "description": "", "orgID": "%1$s", "org": "my-org",
               "userID": "0d47b4c1a9f60002", "user": "iot_user_2", "createdAt": "2025-01-31T00:00:00Z",
               "updatedAt": "2025-01-31T00:00:00Z",
               "permissions": [{"action": "write", "resource": {"type": "buckets", "orgID": "%1$s"}},
                               {"action": "read", "resource": {"type": "dashboards"}}],
               "links": {"self": "/api/v2/authorizations/0d47b4f0c2e6a001", "user": "/api/v2/users/0d47b4c1a9f60002"}}
            ]""".formatted(ORG_ID, TOKEN_ID, BUCKET_ID);
    private static final String BUCKET = """
            {"id": "%s", "orgID": "%s", "type": "user", "name": "telegraf", "retentionRules": [],
             "createdAt": "2024-03-14T16:02:11.90412Z", "updatedAt": "2024-03-14T16:02:11.90412Z",
             "links": {"self": "/api/v2/buckets/%1$s"}}""".formatted(BUCKET_ID, ORG_ID);

    /** InfluxDB 3's system.tokens rows, as its query API sends them: admin and resource tokens, both permission forms. */
    private static final String V3_ROWS = "[{\"token_id\":0,\"name\":\"_admin\",\"hash\":\"19d0be4c2\","
            + "\"created_at\":\"2026-04-01T08:00:00.004\",\"permissions\":\"*:*:*\"},"
            + "{\"token_id\":4,\"name\":\"sensors-rw\",\"hash\":\"b3370aa51\",\"created_at\":\"2026-04-02T10:11:12.131\","
            + "\"expiry\":\"2027-04-02T10:11:12.131\",\"permissions\":\"db:sensors,metrics:read,write\"},"
            + "{\"token_id\":6,\"name\":\"pipeline\",\"hash\":\"a81d07c3e\",\"created_at\":\"2026-04-03T07:00:00\","
            + "\"expiry\":\"2026-10-03T07:00:00\",\"permissions\":\"[\\\"db:sensors:write\\\",\\\"system:metrics:read\\\"]\"}]";

    private final HttpServer http;
    private final HttpsServer https;
    private final Path configs;

    private TrainingServer(HttpServer http, HttpsServer https, Path configs) {
        this.http = http;
        this.https = https;
        this.configs = configs;
    }

    static TrainingServer start(Path work) throws IOException {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        HttpServer http = HttpServer.create(loopback, 0);
        http.createContext("/", TrainingServer::answer);
        http.start();

        HeldCertificate ca = new HeldCertificate.Builder()
                .commonName("influx-auth training CA")
                .certificateAuthority(0)
                .build();
        HeldCertificate cert = new HeldCertificate.Builder()
                .commonName("localhost")
                .addSubjectAlternativeName("localhost")
                .addSubjectAlternativeName("127.0.0.1")
                .signedBy(ca)
                .build();
        HandshakeCertificates serverSide = new HandshakeCertificates.Builder()
                .heldCertificate(cert, ca.certificate())
                .build();
        Files.writeString(work.resolve("ca.pem"), ca.certificatePem());
        HttpsServer https = HttpsServer.create(loopback, 0);
        https.setHttpsConfigurator(new HttpsConfigurator(serverSide.sslContext()));
        https.createContext("/", TrainingServer::answer);
        https.start();

        Path configs = work.resolve("configs");
        Files.writeString(
                configs,
                "[default]\n  url = \"http://127.0.0.1:" + http.getAddress().getPort() + "\"\n  token = \"" + TOKEN
                        + "\"\n  org = \"my-org\"\n  active = true\n");
        return new TrainingServer(http, https, configs);
    }

    String http() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    String https() {
        return "https://localhost:" + https.getAddress().getPort();
    }

    Path configsFile() {
        return configs;
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (!("Token " + TOKEN).equals(auth)) {
                send(exchange, 401, "{\"code\":\"unauthorized\",\"message\":\"unauthorized access\"}");
            } else if (path.equals("/api/v2/authorizations")) {
                send(
                        exchange,
                        200,
                        "{\"links\":{\"self\":\"/api/v2/authorizations\"},\"authorizations\":" + AUTHORIZATIONS + "}");
            } else if (path.equals("/api/v2/authorizations/" + TOKEN_ID)) {
                int start = AUTHORIZATIONS.indexOf("{\"id\": \"" + TOKEN_ID);
                int end = AUTHORIZATIONS.indexOf("\n  {\"id\"", start);
                send(exchange, 200, AUTHORIZATIONS.substring(start, end).strip().replaceAll(",$", ""));
            } else if (path.equals("/api/v2/buckets")) {
                send(exchange, 200, "{\"links\":{\"self\":\"/api/v2/buckets\"},\"buckets\":[" + BUCKET + "]}");
            } else if (path.equals("/api/v2/buckets/" + BUCKET_ID)) {
                send(exchange, 200, BUCKET);
            } else if (path.equals("/api/v2/users")) {
                send(
                        exchange,
                        200,
                        "{\"users\":[{\"id\":\"0d47b4c1a9f60001\",\"name\":\"iot_user_1\",\"status\":\"active\"}]}");
            } else if (path.equals("/api/v3/query_sql")) {
                send(exchange, 200, V3_ROWS);
            } else if (path.startsWith("/api/v2/")) {
                send(exchange, 404, "{\"code\":\"not found\",\"message\":\"authorization not found\"}");
            } else {
                send(exchange, 404, "{\"code\":\"not found\",\"message\":\"path not found\"}");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        https.stop(0);
    }
}
