package io.github.influxauth.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import mockwebserver3.MockWebServer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The fake against the contract's facts: what each version answers, byte for byte where the contract gives bytes. */
class FakeInfluxDb3Test {

    private static final String QUERY =
            "{\"db\":\"_internal\",\"q\":\"" + FakeInfluxDb3.TOKENS_QUERY + "\",\"format\":\"json\"}";
    private final OkHttpClient http = new OkHttpClient();

    private Response query(MockWebServer server, String token, String body, String accept) throws Exception {
        Request.Builder request = new Request.Builder()
                .url(server.url("/api/v3/query_sql"))
                .post(RequestBody.create(body.getBytes(), MediaType.get("application/json")))
                .header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Token " + token);
        }
        return http.newCall(request.build()).execute();
    }

    @Test
    void coreAnswersTheTokenQueryWithTheExampleBodyByteForByte() throws Exception {
        try (MockWebServer server = FakeInfluxDb3.core().start();
                Response r = query(server, FakeInfluxDb3.adminToken(), QUERY, "application/json")) {
            assertEquals(200, r.code());
            assertEquals(Fixtures.v3Example("query-tokens-core.json"), r.body().string());
            assertEquals("Core", r.header("X-Influxdb-Build"));
            assertEquals(36, r.header("cluster-uuid").length());
        }
    }

    @Test
    void enterpriseRowsAreTheJsonlExampleAsOneArray() throws Exception {
        try (MockWebServer server = FakeInfluxDb3.enterprise().start();
                Response r = query(server, FakeInfluxDb3.adminToken(), QUERY, "application/json")) {
            String lines = Fixtures.v3Example("query-tokens-enterprise.jsonl").strip();
            assertEquals("[" + lines.replace("\n", ",") + "]", r.body().string());
        }
    }

    @Test
    void authenticationComesBeforeRoutingAndItsBodyDependsOnTheVersion() throws Exception {
        try (MockWebServer server = FakeInfluxDb3.core().start();
                Response r = query(server, "apiv3_wrong", QUERY, "application/json")) {
            assertEquals(401, r.code());
            assertEquals(Fixtures.v3Example("error-401.json"), r.body().string());
        }
        try (MockWebServer server = FakeInfluxDb3.core37().start();
                Response r = query(server, FakeInfluxDb3.token("old-ci"), QUERY, "application/json")) {
            assertEquals(401, r.code(), "an expired token is rejected like an unknown one");
            assertEquals("", r.body().string());
            assertNull(r.header("cluster-uuid"), "3.7 has none");
        }
    }

    @Test
    void aValidTokenOnTheV2PathGetsNotFoundAsText() throws Exception {
        try (MockWebServer server = FakeInfluxDb3.core().start();
                Response r = http.newCall(new Request.Builder()
                                .url(server.url("/api/v2/authorizations"))
                                .header("Authorization", "Token " + FakeInfluxDb3.adminToken())
                                .build())
                        .execute()) {
            assertEquals(404, r.code());
            assertEquals("Not found", r.body().string());
        }
    }

    @Test
    void acceptMustBeExactAndTheDatabaseMustExist() throws Exception {
        try (MockWebServer server = FakeInfluxDb3.core().start()) {
            try (Response r = query(server, FakeInfluxDb3.adminToken(), QUERY, "application/json; charset=utf-8")) {
                assertEquals(400, r.code());
                assertEquals(
                        "invalid mime type (application/json; charset=utf-8)",
                        r.body().string());
            }
            try (Response r =
                    query(server, FakeInfluxDb3.adminToken(), QUERY.replace("_internal", "nope"), "application/json")) {
                assertEquals(404, r.code());
                assertEquals(
                        Fixtures.v3Example("error-404-database.json"), r.body().string());
            }
        }
    }

    @Test
    void enterpriseRefusesATokenThatIsNotAdmin() throws Exception {
        try (MockWebServer server = FakeInfluxDb3.enterprise().start();
                Response r = query(server, FakeInfluxDb3.token("health-probe"), QUERY, "application/json")) {
            assertEquals(403, r.code());
        }
    }

    @Test
    void version30HasNoBuildHeadersAndWholeHashes() throws Exception {
        try (MockWebServer server = FakeInfluxDb3.core30().start();
                Response r = query(server, FakeInfluxDb3.adminToken(), QUERY, "application/json")) {
            assertNull(r.header("X-Influxdb-Build"));
            String body = r.body().string();
            assertEquals(
                    true, body.matches("\\[\\{\"token_id\":0,\"name\":\"_admin\",\"hash\":\"[0-9a-f]{128}\".*"), body);
        }
    }

    @Test
    void withoutAuthNoTokenIsNeeded() throws Exception {
        try (MockWebServer server = FakeInfluxDb3.withoutAuth().start();
                Response r = query(server, null, QUERY, "application/json")) {
            assertEquals(
                    Fixtures.v3Example("query-tokens-without-auth.json"),
                    r.body().string());
        }
    }
}
