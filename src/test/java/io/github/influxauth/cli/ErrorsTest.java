package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.Cli;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Fixtures;
import io.github.influxauth.testing.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each error status as the user sees it: exit code, empty stdout, the exact error and hint lines. */
class ErrorsTest {

    static final String TOKEN = "errors-test-token-0123456789abcdef";

    /** Answers each request with what the test {@code respond}s: error bodies exactly as written. */
    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.scripted();

    private void respond(int status, String contentType, String body) {
        server.enqueue(new MockResponse.Builder()
                .code(status)
                .headers(contentType == null ? Headers.of() : Headers.of("Content-Type", contentType))
                .body(body)
                .build());
    }

    private static void assertResult(Result r, int exit, String err) {
        assertEquals(exit, r.exitCode(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertEquals(err, r.err(), r::toString);
    }

    @Test
    void unauthorizedNamesTheTokenOption() {
        respond(401, "application/json; charset=utf-8", Fixtures.example("error-401-unauthorized.json"));
        assertResult(
                server.run("list", "--token", TOKEN),
                3,
                "error: the server rejected the token from --token: unauthorized access (HTTP 401)\n"
                        + "hint: check the token; listing tokens needs the read:authorizations permission in the org\n");
    }

    @Test
    void unauthorizedNamesTheEnvironmentVariable() {
        respond(401, "application/json; charset=utf-8", Fixtures.example("error-401-unauthorized.json"));
        Result r = server.cli().env("INFLUX_TOKEN", TOKEN).run("list");
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals(
                "error: the server rejected the token from INFLUX_TOKEN: unauthorized access (HTTP 401)",
                r.err().lines().findFirst().orElseThrow());
    }

    @Test
    void unauthorizedNamesTheTokenFile() throws Exception {
        Path file = Files.writeString(server.home().resolve("token.txt"), TOKEN + "\n");
        respond(401, "application/json; charset=utf-8", Fixtures.example("error-401-unauthorized.json"));
        Result r = server.run("list", "--token-file", file.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals(
                "error: the server rejected the token from --token-file " + file + ": unauthorized access (HTTP 401)",
                r.err().lines().findFirst().orElseThrow());
        assertEquals("Token " + TOKEN, server.requests().get(0).getHeaders().get("Authorization"));
    }

    @Test
    void unauthorizedNamesTheConfig() throws Exception {
        Path configs = Files.writeString(
                server.home().resolve("configs"),
                "[prod]\n  url = \"" + server.url() + "\"\n  token = \"" + TOKEN
                        + "\"\n  org = \"acme\"\n  active = true\n");
        respond(401, "application/json; charset=utf-8", Fixtures.example("error-401-unauthorized.json"));
        // Nothing in the environment: host and token come from the config.
        Result r = new Cli(server.home()).run("list", "--configs-path", configs.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals(
                "error: the server rejected the token from config \"prod\" in " + configs
                        + ": unauthorized access (HTTP 401)",
                r.err().lines().findFirst().orElseThrow());
    }

    @Test
    void permissionErrorQuotesTheServer() {
        respond(401, "application/json; charset=utf-8", Fixtures.example("error-401-permission.json"));
        Result r = server.run("get", "0d47b6a3d5c8a000", "-t", TOKEN);
        assertResult(
                r,
                3,
                "error: the server rejected the token from --token: read:orgs/5f1c2d3e4a6b7c80/authorizations/"
                        + "0d47b6a3d5c8a000 is unauthorized (HTTP 401)\n"
                        + "hint: check the token; listing tokens needs the read:authorizations permission in the org\n");
    }

    @Test
    void forbiddenIsARejectedToken() {
        respond(403, "application/json", "{\"code\":\"forbidden\",\"message\":\"insufficient permissions\"}");
        assertResult(
                server.run("list", "-t", TOKEN),
                3,
                "error: the server rejected the token from --token: insufficient permissions (HTTP 403)\n"
                        + "hint: check the token; listing tokens needs the read:authorizations permission in the org\n");
    }

    @Test
    void notFound() {
        respond(404, "application/json; charset=utf-8", Fixtures.example("error-404-authorization-not-found.json"));
        Result r = server.run("get", "0d47b4f0c2e6a999");
        assertResult(r, 4, "error: authorization \"0d47b4f0c2e6a999\" not found (HTTP 404)\n");
    }

    @Test
    void unknownUserIsNotFound() {
        respond(404, "application/json; charset=utf-8", Fixtures.example("error-404-user-not-found.json"));
        assertResult(server.run("list", "--user", "nobody"), 4, "error: user \"nobody\" not found (HTTP 404)\n");
    }

    @Test
    void badRequest() {
        respond(400, "application/json; charset=utf-8", Fixtures.example("error-400-invalid-id.json"));
        assertResult(
                server.run("list", "--user-id", "0d47b4c1a9f6a000"),
                1,
                "error: the server refused the request: id must have a length of 16 bytes (HTTP 400)\n");
    }

    @Test
    void serverError() {
        respond(
                500,
                "application/json",
                "{\"code\":\"internal error\",\"message\":\"an internal error has occurred\"}");
        assertResult(server.run("list"), 1, "error: server error: an internal error has occurred (HTTP 500)\n");
    }

    @Test
    void errorCodeHeaderWhenTheBodyIsEmpty() {
        server.enqueue(new MockResponse.Builder()
                .code(500)
                .addHeader("X-Platform-Error-Code", "internal error")
                .build());
        assertResult(server.run("list"), 1, "error: server error: internal error (HTTP 500)\n");
    }

    @Test
    void htmlFromAProxy() {
        respond(
                502,
                "text/html",
                "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\u001b[31mnginx</body></html>");
        assertResult(
                server.run("list"),
                1,
                "error: HTTP 502 with a text/html body instead of JSON: 502 Bad Gateway (from " + server.url()
                        + "api/v2/authorizations)\n"
                        + "hint: is --host the InfluxDB server, or a proxy in front of it?\n");
    }

    @Test
    void connectionRefusedNamesTheUrl() {
        String closed = server.url();
        Cli cli = server.cli();
        server.server().close();
        Result r = cli.run("list");
        assertResult(
                r,
                1,
                "error: cannot connect to " + closed + ": connection refused\n"
                        + "hint: is the server running there? Set its URL with --host or INFLUX_HOST\n");
    }
}
