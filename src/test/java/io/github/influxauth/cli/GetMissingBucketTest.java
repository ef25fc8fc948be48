package io.github.influxauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.influxauth.testing.FakeInfluxServer;
import io.github.influxauth.testing.FakeServer;
import io.github.influxauth.testing.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code get} marks a permission on a bucket that no longer exists: influxd leaves out the name of
 * a bucket it did not find, so each distinct bucket named by ID alone is looked up, once.
 */
class GetMissingBucketTest {

    @RegisterExtension
    final FakeServer<FakeInfluxServer> server = FakeServer.auditFixture();

    @Test
    void aDeletedBucketIsLookedUpOnceForAllItsPermissions() {
        Result r = server.run("get", "0d47c0000000a005");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err());
        assertTrue(r.out().endsWith("""
                Permissions:
                  read   buckets  2a9b8c7d6e5f4031 (not found) in org 5f1c2d3e4a6b7c80
                  write  buckets  2a9b8c7d6e5f4031 (not found) in org 5f1c2d3e4a6b7c80
                """), r::toString);
        assertEquals(
                List.of("/api/v2/authorizations/0d47c0000000a005", "/api/v2/buckets/2a9b8c7d6e5f4031"),
                server.targets());
    }

    @Test
    void aBucketWithItsNameIsNotLookedUp() {
        Result r = server.run("get", "0d47c0000000a001");
        assertEquals(0, r.exitCode(), r::toString);
        assertFalse(r.out().contains("not found"), r::toString);
        assertEquals(List.of("/api/v2/authorizations/0d47c0000000a001"), server.targets());
    }

    @Test
    void aBucketThatIsThereWithoutItsNameIsNotMarked() {
        server.serve(FakeInfluxServer.withAuditFixture().addBucket("2a9b8c7d6e5f4031", "archive", "5f1c2d3e4a6b7c80"));
        Result r = server.run("get", "0d47c0000000a005");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("  read   buckets  2a9b8c7d6e5f4031 in org 5f1c2d3e4a6b7c80\n"), r::toString);
        assertEquals(2, server.requestCount());
    }

    @Test
    void aLookUpThatFailsOnlyLeavesTheMarkOut() {
        server.serve(FakeInfluxServer.withAuditFixture()
                .fault(1, FakeInfluxServer.error(401, "unauthorized", "read:buckets is unauthorized")));
        Result r = server.run("get", "0d47c0000000a005");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err());
        assertTrue(r.out().contains("  read   buckets  2a9b8c7d6e5f4031 in org 5f1c2d3e4a6b7c80\n"), r::toString);
    }

    @Test
    void otherFormatsShowTheServersObjectAndLookNothingUp() {
        Result r = server.run("get", "0d47c0000000a005", "--json");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(1, server.requestCount());
    }
}
