package io.github.influxauth.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The contract's example bodies, and generated data sets shaped like them. */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    /** The text of {@code contract/examples/NAME}. */
    public static String example(String name) {
        try (InputStream in = FakeInfluxServer.resource("/contract/examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of {@code contract/v3/examples/NAME}. */
    public static String v3Example(String name) {
        try (InputStream in = FakeInfluxServer.resource("/contract/v3/examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a {@code system.tokens} query body ({@code format=json}) among the test resources. */
    public static List<ObjectNode> v3Rows(String resource) {
        try (InputStream in = FakeInfluxServer.resource(resource)) {
            List<ObjectNode> rows = new ArrayList<>();
            JSON.readTree(in).forEach(r -> rows.add((ObjectNode) r));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code authorizations} array of an example list body. */
    public static List<ObjectNode> authorizations(String exampleName) {
        return authorizationsIn("/contract/examples/" + exampleName);
    }

    /** The {@code authorizations} array of a list body among the test resources. */
    public static List<ObjectNode> authorizationsIn(String resource) {
        try (InputStream in = FakeInfluxServer.resource(resource)) {
            JsonNode root = JSON.readTree(in);
            List<ObjectNode> list = new ArrayList<>();
            root.get("authorizations").forEach(a -> list.add((ObjectNode) a));
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code n} authorizations in the contract's shape: users iot_user_1..10, every third inactive,
     * write or read on buckets telegraf and others, tokens of influxd's 88-character form.
     */
    public static List<ObjectNode> generated(int n) {
        List<ObjectNode> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ObjectNode a = JSON.createObjectNode();
            String id = String.format("0d47%012x", 0xa000L + i);
            int user = i % 10 + 1;
            a.put("id", id);
            a.put("token", tokenFor(i));
            a.put("status", i % 3 == 2 ? "inactive" : "active");
            a.put("description", "device token " + i);
            a.put("orgID", "5f1c2d3e4a6b7c80");
            a.put("org", "my-org");
            a.put("userID", String.format("0d47b4c1a9f6%04x", user));
            a.put("user", "iot_user_" + user);
            ArrayNode perms = a.putArray("permissions");
            String bucketId = String.format("8f3e2d1c0b4a%04x", i % 7);
            addPermission(perms, "read", "buckets", bucketId, i % 7 == 0 ? "telegraf" : "bucket-" + (i % 7));
            if (i % 2 == 0) {
                addPermission(perms, "write", "buckets", bucketId, i % 7 == 0 ? "telegraf" : "bucket-" + (i % 7));
            }
            ObjectNode links = a.putObject("links");
            links.put("self", "/api/v2/authorizations/" + id);
            links.put("user", "/api/v2/users/" + a.get("userID").asText());
            a.put("createdAt", String.format("2024-03-%02dT09:15:27.481922374Z", i % 28 + 1));
            a.put("updatedAt", String.format("2024-04-%02dT09:15:27.5Z", i % 28 + 1));
            list.add(a);
        }
        return list;
    }

    private static void addPermission(ArrayNode perms, String action, String type, String id, String name) {
        ObjectNode p = perms.addObject();
        p.put("action", action);
        ObjectNode r = p.putObject("resource");
        r.put("type", type);
        r.put("id", id);
        r.put("orgID", "5f1c2d3e4a6b7c80");
        r.put("name", name);
        r.put("org", "my-org");
    }

    private static String tokenFor(int i) {
        StringBuilder sb = new StringBuilder(88);
        long x = 0x9E3779B97F4A7C15L * (i + 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        while (sb.length() < 86) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            sb.append(alphabet.charAt((int) (x & 63)));
        }
        return sb.append("==").toString();
    }
}
