package io.github.influxauth.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake's users endpoint and trailing slashes, which the benchmark's curl + jq recipe relies on. */
class FakeInfluxServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OkHttpClient http = new OkHttpClient();

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.contractExamples();

    @Test
    void usersByNameIsShapedLikeTheContractExample() throws Exception {
        JsonNode expected = JSON.readTree(Fixtures.example("users-by-name.json"));
        JsonNode user = expected.get("users").get(0);
        JsonNode body = get("/api/v2/users/?name=" + user.get("name").asText(), 200);
        assertEquals(List.of("links", "users"), fieldNames(body));
        assertEquals(1, body.get("users").size());
        JsonNode found = body.get("users").get(0);
        assertEquals(fieldNames(user), fieldNames(found));
        assertEquals(user.get("name"), found.get("name"));
        assertEquals(
                "/api/v2/users/" + found.get("id").asText(),
                found.get("links").get("self").asText());
    }

    @Test
    void unknownUserIsNotFound() throws Exception {
        JsonNode body = get("/api/v2/users?name=nobody", 404);
        assertEquals("not found", body.get("code").asText());
    }

    @Test
    void authorizationsWithTrailingSlashFilterByUserId() throws Exception {
        server.serve(new FakeInfluxServer(Fixtures.generated(20)));
        String userID = Fixtures.generated(1).get(0).get("userID").asText();
        JsonNode body = get("/api/v2/authorizations/?userID=" + userID, 200);
        assertEquals(2, body.get("authorizations").size());
    }

    private JsonNode get(String path, int status) throws Exception {
        Request request = new Request.Builder()
                .url(server.url(path))
                .header("Authorization", "Token " + FakeInfluxServer.TOKEN)
                .build();
        try (Response response = http.newCall(request).execute()) {
            assertEquals(status, response.code());
            return JSON.readTree(response.body().string());
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
