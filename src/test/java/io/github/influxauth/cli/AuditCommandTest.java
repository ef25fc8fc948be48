package io.github.influxauth.cli;

import static io.github.influxauth.testing.Golden.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.influxauth.testing.FakeInfluxDb3;
import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Fixtures;
import io.github.influxauth.testing.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code audit} against one server: the audit fixture (an all-access token, org-wide and every-org
 * writers, inactive tokens, a deleted bucket, hostile descriptions; created in May 2024, "now" is
 * 2026-09-01), the contract's examples (an operator token), InfluxDB 3 Enterprise.
 */
class AuditCommandTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> v2 = FakeServer.auditFixture();

    @RegisterExtension
    final FakeServer<FakeInfluxServer> contract = FakeServer.contractExamples();

    @RegisterExtension
    final FakeServer<FakeInfluxDb3> v3 = FakeServer.of(FakeInfluxDb3::enterprise);

    /** "rule/the last six characters of the ID" of each finding, in order. */
    private static String findings(Result r) {
        return r.out()
                .lines()
                .map(l -> l.split(",")[1] + "/" + l.split(",")[2].substring(l.split(",")[2].length() - 6))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "audit/table.txt   | audit",
                "audit/csv.txt     | audit --format csv",
                "audit/json.txt    | audit --json",
                "audit/ndjson.txt  | audit --format ndjson",
            })
    void eachFormatMostSevereFirst(String golden, String args) {
        Result r = v2.run(args.split(" "));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err());
        assertGolden(golden, r.out());
    }

    @Test
    void influxDb3() {
        Result r = v3.run("audit", "--expiring-within", "40d");
        assertEquals(0, r.exitCode(), r::toString);
        assertGolden("audit/v3-table.txt", r.out());
        assertEquals(
                "",
                v3.run("audit", "--format", "csv", "--hide-headers", "--rule", "expiring-soon")
                        .out(),
                "pipeline expires in 32 days: not within the default 14");
    }

    @ParameterizedTest(name = "{0} -> exit {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                                   | 0",
                "--fail-on low                        | 5",
                "--fail-on medium                     | 5",
                "--fail-on high                       | 5",
                "--fail-on critical                   | 0",
                "--fail-on HIGH                       | 5",
                "--fail-on high --skip-rule all-access | 0",
                "--fail-on medium --rule inactive --rule older-than | 0",
            })
    void failOnExitsFiveWhenAFindingIsAtOrAboveIt(String args, int exit) {
        List<String> all = new ArrayList<>(List.of("audit", "--format", "csv"));
        if (!args.isBlank()) {
            all.addAll(List.of(args.split(" ")));
        }
        Result r = v2.run(all.toArray(new String[0]));
        assertEquals(exit, r.exitCode(), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void anOperatorTokenIsCritical() {
        Result r = contract.run("audit", "--format", "csv", "--hide-headers", "--fail-on", "critical");
        assertEquals(5, r.exitCode(), r::toString);
        assertEquals(
                "operator-token/f6a000 write-all-buckets/c8a000 missing-resource/e6a000 inactive/c8a000"
                        + " older-than/f6a000 older-than/e6a000 older-than/c8a000",
                findings(r));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--rule inactive                          | inactive/00a004 inactive/00a008",
                "--rule inactive --status active          | ''",
                "--rule write-all-buckets                 | write-all-buckets/00a002 write-all-buckets/00a003 write-all-buckets/00a004",
                "--skip-rule older-than --skip-rule no-description --skip-rule inactive | all-access/00a009 write-all-buckets/00a002 write-all-buckets/00a003 write-all-buckets/00a004 missing-resource/00a005",
                "--rule older-than --max-age 852d         | older-than/00a009",
                "--rule older-than --created-after 2024-05-08 | older-than/00a007 older-than/00a008",
                "--rule older-than --sort created --limit 3 | older-than/00a009 older-than/00a001 older-than/00a00a",
            })
    void rulesFiltersAndLimits(String args, String expected) {
        List<String> all = new ArrayList<>(List.of("audit", "--format", "csv", "--hide-headers"));
        all.addAll(List.of(args.split(" ")));
        Result r = v2.run(all.toArray(new String[0]));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(expected, findings(r));
    }

    @Test
    void eachMissingBucketIsLookedUpOnceHoweverManyPermissionsNameIt() {
        List<ObjectNode> both = new ArrayList<>(Fixtures.authorizationsIn("/fixtures/audit-list.json"));
        both.addAll(Fixtures.authorizations("authorizations-list.json"));
        v2.serve(new FakeInfluxServer(both).addBucket("8f3e2d1c0b4a5967", "telegraf", "5f1c2d3e4a6b7c80"));
        Result r = v2.run("audit", "--format", "csv", "--hide-headers", "--rule", "missing-resource");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("missing-resource/00a005 missing-resource/e6a000", findings(r));
        assertEquals(List.of("/api/v2/authorizations", "/api/v2/buckets/2a9b8c7d6e5f4031"), v2.targets());
    }

    @Test
    void noBucketIsLookedUpWhenMissingResourceIsNotChecked() {
        Result r = v2.run("audit", "--skip-rule", "missing-resource");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("/api/v2/authorizations"), v2.targets());
    }

    @Test
    void aBucketLookUpThatFailsIsANoteNotAFailure() {
        v2.serve(FakeInfluxServer.withAuditFixture()
                .fault(1, FakeInfluxServer.error(401, "unauthorized", "read:buckets is unauthorized")));
        Result r = v2.run("audit", "--format", "csv", "--hide-headers", "--rule", "missing-resource");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "note: missing-resource could not check 1 bucket: the server rejected the token from"
                        + " INFLUX_TOKEN: read:buckets is unauthorized (HTTP 401)\n",
                r.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "audit --rule operator              | error: --rule: unknown rule \"operator\" (did you mean operator-token?); rules: operator-token, all-access, can-create-tokens, admin-never-expires, write-all-buckets, expiring-soon, missing-resource, inactive, expired, older-than, no-description",
                "audit --skip-rule olderthan        | error: --skip-rule: unknown rule \"olderthan\" (did you mean older-than?); rules: operator-token, all-access, can-create-tokens, admin-never-expires, write-all-buckets, expiring-soon, missing-resource, inactive, expired, older-than, no-description",
                "audit --max-age forever            | error: --max-age takes a duration such as 365d, 12h or 2w, not \"forever\"",
                "audit --fail-on severe             | error: invalid value for option '--fail-on': expected one of [low, medium, high, critical] (case-insensitive) but was 'severe'",
                "audit --format detail              | error: audit prints table, csv, json or ndjson, not detail",
            })
    void mistakesAreUsageErrorsBeforeAnyRequest(String args, String error) {
        Result r = v2.run(args.split(" "));
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(error, r.err().lines().findFirst().orElse(""));
        assertEquals(0, v2.requestCount());
    }

    @Test
    void aFailingServerIsReportedAsForList() {
        Result r =
                v2.cli().env("INFLUX_TOKEN", "another-token-0000000000000000").run("audit", "--fail-on", "low");
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(
                "error: the server rejected the token from INFLUX_TOKEN: unauthorized access (HTTP 401)\n"
                        + "hint: check the token; listing tokens needs the read:authorizations permission in the org\n",
                r.err());
    }
}
