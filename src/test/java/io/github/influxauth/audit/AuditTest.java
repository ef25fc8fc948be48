package io.github.influxauth.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.model.Authorization;
import io.github.influxauth.model.Permission;
import io.github.influxauth.model.Resource;
import io.github.influxauth.model.V3Row;
import io.github.influxauth.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule with a token that breaks it and one that narrowly does not; no server. */
class AuditTest {

    static final Instant NOW = Instant.parse("2026-09-01T00:00:00Z");
    static final String ORG = "5f1c2d3e4a6b7c80";
    static final AuditSettings ALL = new AuditSettings(
            NOW, AuditSettings.DEFAULT_MAX_AGE, AuditSettings.DEFAULT_EXPIRING_WITHIN, EnumSet.allOf(Rule.class));

    /** The rules a token breaks, by name, in the rules' order. */
    static String rules(Authorization a) {
        return rules(a, Set.of());
    }

    static String rules(Authorization a, Set<String> missingBuckets) {
        return String.join(
                " ",
                Audit.check(null, a, ALL, missingBuckets).stream()
                        .map(f -> f.rule().ruleName())
                        .toList());
    }

    static Authorization v2(String status, String description, String created, List<Permission> permissions) {
        return new Authorization(
                "0d47c0000000a001",
                null,
                status,
                description,
                ORG,
                "my-org",
                "0d47b3a6d4b6a000",
                "admin",
                created,
                null,
                permissions,
                null);
    }

    static Authorization v2(List<Permission> permissions) {
        return v2("active", "a described token", "2026-08-01T00:00:00Z", permissions);
    }

    static Permission p(String action, String type, String id, String orgID) {
        return new Permission(action, new Resource(type, id, orgID, null, null));
    }

    static Authorization v3(String row) {
        return V3Row.toToken(Fixtures.parse(row), NOW);
    }

    static List<Permission> operatorSet() {
        return Fixtures.authorizations("authorizations-list.json").stream()
                .map(Authorization::fromJson)
                .filter(a -> a.id().equals("0d47b3a6f4f6a000"))
                .findFirst()
                .orElseThrow()
                .permissions();
    }

    static List<Permission> allAccessSet() {
        return Authorization.fromJson(Fixtures.parse(Fixtures.example("authorization-all-access.json")))
                .permissions();
    }

    static List<Permission> without(List<Permission> permissions, String action, String type) {
        List<Permission> fewer = new ArrayList<>(permissions);
        fewer.removeIf(q -> q.action().equals(action) && q.resource().type().equals(type));
        return fewer;
    }

    @Test
    void operatorToken() {
        assertEquals("operator-token", rules(v2(operatorSet())));
        // One permission short of the set: no longer the operator's, but it can still mint tokens.
        assertEquals("can-create-tokens", rules(v2(without(operatorSet(), "write", "replications"))));
        // Switched off: what it could do when switched back on is still worth a look.
        assertEquals("write-all-buckets inactive", rules(v2("inactive", "ops", "2026-08-01T00:00:00Z", operatorSet())));
    }

    @Test
    void allAccess() {
        List<Finding> found = Audit.check("prod", v2(allAccessSet()), ALL, Set.of());
        assertEquals(List.of(Rule.ALL_ACCESS), found.stream().map(Finding::rule).toList());
        assertEquals(List.of(ORG), found.get(0).ids());
        assertEquals("prod", found.get(0).config());
        assertEquals("can-create-tokens", rules(v2(without(allAccessSet(), "read", "orgs"))));
    }

    @Test
    void canCreateTokens() {
        List<Finding> found = Audit.check(
                null,
                v2(List.of(p("read", "buckets", null, ORG), p("write", "users", "0d47b3a6d4b6a000", null))),
                ALL,
                Set.of());
        assertEquals("can-create-tokens", found.get(0).rule().ruleName());
        assertEquals(
                List.of(p("write", "users", "0d47b3a6d4b6a000", null)),
                found.get(0).permissions());
        assertEquals("can-create-tokens", rules(v2(List.of(p("write", "authorizations", null, ORG)))));
        assertEquals("", rules(v2(List.of(p("read", "authorizations", null, ORG), p("read", "users", null, ORG)))));
        assertEquals(
                "inactive",
                rules(v2("inactive", "x", "2026-08-01T00:00:00Z", List.of(p("write", "authorizations", null, ORG)))),
                "only an active token can mint");
    }

    @Test
    void adminNeverExpires() {
        assertEquals(
                "admin-never-expires",
                rules(
                        v3(
                                "{\"token_id\":2,\"name\":\"ci\",\"created_at\":\"2026-08-01T00:00:00\",\"permissions\":\"*:*:*\"}")));
        assertEquals(
                "write-all-buckets",
                rules(v3("{\"token_id\":2,\"name\":\"ci\",\"created_at\":\"2026-08-01T00:00:00\","
                        + "\"expiry\":\"2027-08-01T00:00:00\",\"permissions\":\"*:*:*\"}")),
                "it expires: only its reach is left");
        assertEquals(
                "",
                rules(
                        v3(
                                "{\"token_id\":0,\"name\":\"_admin\",\"created_at\":\"2026-08-01T00:00:00\",\"permissions\":\"*:*:*\"}")),
                "_admin cannot be removed, limited or given an expiry");
    }

    @Test
    void writeAllBuckets() {
        List<Finding> found = Audit.check(
                null,
                v2(List.of(p("write", "buckets", null, ORG), p("write", "buckets", "8f3e2d1c0b4a5967", ORG))),
                ALL,
                Set.of());
        assertEquals(
                List.of(Rule.WRITE_ALL_BUCKETS),
                found.stream().map(Finding::rule).toList());
        assertEquals(List.of(p("write", "buckets", null, ORG)), found.get(0).permissions());
        assertEquals("write-all-buckets", rules(v2(List.of(p("write", "buckets", null, null)))), "every org");
        assertEquals("", rules(v2(List.of(p("write", "buckets", "8f3e2d1c0b4a5967", ORG)))), "one bucket");
        assertEquals("", rules(v2(List.of(p("read", "buckets", null, ORG)))), "read only");
        assertEquals("write-all-buckets", rules(v3("{\"token_id\":4,\"name\":\"w\",\"permissions\":\"db:*:write\"}")));
        assertEquals("", rules(v3("{\"token_id\":4,\"name\":\"w\",\"permissions\":\"db:sensors:write\"}")));
        assertEquals("", rules(v3("{\"token_id\":4,\"name\":\"w\",\"permissions\":\"db:*:read\"}")));
        assertEquals(
                "expired",
                rules(v3("{\"token_id\":4,\"name\":\"w\",\"expiry\":\"2026-08-01T00:00:00\","
                        + "\"permissions\":\"db:*:write\"}")),
                "an expired token writes nowhere");
    }

    @Test
    void expiringSoon() {
        assertEquals(
                "expiring-soon",
                rules(v3("{\"token_id\":4,\"name\":\"w\",\"expiry\":\"2026-09-15T00:00:00\","
                        + "\"permissions\":\"db:sensors:read\"}")),
                "exactly 14 days ahead is within");
        assertEquals(
                "",
                rules(v3("{\"token_id\":4,\"name\":\"w\",\"expiry\":\"2026-09-15T00:00:01\","
                        + "\"permissions\":\"db:sensors:read\"}")));
        AuditSettings wider = new AuditSettings(NOW, ALL.maxAge(), Duration.ofDays(30), ALL.rules());
        assertEquals(
                List.of(Rule.EXPIRING_SOON),
                Audit.check(
                                null,
                                v3("{\"token_id\":4,\"name\":\"w\","
                                        + "\"expiry\":\"2026-09-15T00:00:01\",\"permissions\":\"db:sensors:read\"}"),
                                wider,
                                Set.of())
                        .stream()
                        .map(Finding::rule)
                        .toList());
    }

    @Test
    void expired() {
        Authorization gone = v3("{\"token_id\":4,\"name\":\"w\",\"expiry\":\"2026-09-01T00:00:00\","
                + "\"permissions\":\"db:sensors:read\"}");
        assertEquals("expired", rules(gone), "an expiry at this very moment has passed");
        assertEquals(
                Instant.parse("2026-09-01T00:00:00Z"),
                Audit.check(null, gone, ALL, Set.of()).get(0).when());
        assertEquals(
                "expiring-soon",
                rules(v3("{\"token_id\":4,\"name\":\"w\",\"expiry\":\"2026-09-01T00:00:01\","
                        + "\"permissions\":\"db:sensors:read\"}")));
    }

    @Test
    void missingResource() {
        Authorization a = v2(List.of(
                p("read", "buckets", "2a9b8c7d6e5f4031", ORG),
                p("write", "buckets", "2a9b8c7d6e5f4031", ORG),
                p("read", "buckets", "8f3e2d1c0b4a5967", ORG)));
        List<Finding> found = Audit.check(null, a, ALL, Set.of("2a9b8c7d6e5f4031", "0000000000000001"));
        assertEquals(
                List.of(Rule.MISSING_RESOURCE),
                found.stream().map(Finding::rule).toList());
        assertEquals(List.of("2a9b8c7d6e5f4031"), found.get(0).ids());
        assertEquals("", rules(a, Set.of("0000000000000001")));
    }

    @Test
    void inactive() {
        assertEquals("inactive", rules(v2("inactive", "x", "2026-08-01T00:00:00Z", List.of())));
        assertEquals("", rules(v2("active", "x", "2026-08-01T00:00:00Z", List.of())));
    }

    @Test
    void olderThan() {
        assertEquals("older-than", rules(v2("active", "x", "2025-08-31T23:59:59.999Z", List.of())));
        assertEquals("", rules(v2("active", "x", "2025-09-01T00:00:00Z", List.of())), "exactly 365 days is not older");
        assertEquals(
                "older-than",
                rules(v3("{\"token_id\":4,\"name\":\"w\",\"created_at\":\"2025-08-01T00:00:00\","
                        + "\"permissions\":\"db:sensors:read\"}")));
        assertEquals("", rules(v2("active", "x", null, List.of())), "no creation time, no age");
    }

    @Test
    void noDescription() {
        assertEquals("no-description", rules(v2("active", null, "2026-08-01T00:00:00Z", List.of())));
        assertEquals("no-description", rules(v2("active", " \t", "2026-08-01T00:00:00Z", List.of())));
        assertEquals("", rules(v2("active", "x", "2026-08-01T00:00:00Z", List.of())));
        assertEquals(
                "",
                rules(v3("{\"token_id\":4,\"name\":\"w\",\"permissions\":\"db:sensors:read\"}")),
                "an InfluxDB 3 token is named");
    }

    @Test
    void chosenRulesHideFindingsButDoNotMoveThem() {
        AuditSettings some = new AuditSettings(
                NOW, ALL.maxAge(), ALL.expiringWithin(), EnumSet.of(Rule.WRITE_ALL_BUCKETS, Rule.INACTIVE));
        assertEquals(
                List.of(),
                Audit.check(null, v2(operatorSet()), some, Set.of()),
                "the operator token is no write-all-buckets finding when operator-token is skipped");
        assertEquals(
                List.of(Rule.INACTIVE),
                Audit.check(null, v2("inactive", null, "2020-01-01T00:00:00Z", List.of()), some, Set.of()).stream()
                        .map(Finding::rule)
                        .toList());
    }

    @Test
    void mostSevereFirstThenTheRulesOrderThenTheOrderGiven() {
        Authorization old = v2("inactive", null, "2020-01-01T00:00:00Z", List.of(p("write", "buckets", null, ORG)));
        Authorization ops = v2(operatorSet());
        List<Finding> all = new ArrayList<>(Audit.check("a", old, ALL, Set.of()));
        all.addAll(Audit.check("b", ops, ALL, Set.of()));
        all.addAll(Audit.check("c", old, ALL, Set.of()));
        assertEquals(
                List.of(
                        "b operator-token",
                        "a write-all-buckets",
                        "c write-all-buckets",
                        "a inactive",
                        "c inactive",
                        "a older-than",
                        "c older-than",
                        "a no-description",
                        "c no-description"),
                Audit.ordered(all).stream()
                        .map(f -> f.config() + " " + f.rule().ruleName())
                        .toList());
    }

    @Test
    void rulesHaveStableNamesAndSeverities() {
        assertEquals(
                "operator-token:critical all-access:high can-create-tokens:high admin-never-expires:high"
                        + " write-all-buckets:medium expiring-soon:medium missing-resource:medium inactive:low expired:low"
                        + " older-than:low no-description:low",
                String.join(
                        " ",
                        java.util.Arrays.stream(Rule.values())
                                .map(r -> r.ruleName() + ":" + r.severity())
                                .toList()));
        assertEquals(Rule.MISSING_RESOURCE, Rule.named("missing-resource"));
        assertEquals(null, Rule.named("missing_resource"));
    }
}
