package io.github.influxauth.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeenIdsTest {

    @Test
    void remembersEveryIdThroughManyGrowths() {
        SeenIds ids = new SeenIds();
        for (long i = 0; i < 300_000; i++) {
            assertTrue(ids.add(String.format("0d47%012x", i * 7919)));
        }
        for (long i = 0; i < 300_000; i++) {
            assertFalse(ids.add(String.format("0d47%012x", i * 7919)), "repeat of " + i);
        }
        assertTrue(ids.add("0d47ffffffffffff"));
        assertEquals(300_001, ids.size());
    }

    @Test
    void hexCaseDoesNotMakeAnotherId() {
        SeenIds ids = new SeenIds();
        assertTrue(ids.add("0d47b4f0c2e6a000"));
        assertFalse(ids.add("0D47B4F0C2E6A000"));
    }

    @Test
    void theZeroIdAndIdsOfOtherFormsAreKeptToo() {
        SeenIds ids = new SeenIds();
        assertTrue(ids.add("0000000000000000"));
        assertFalse(ids.add("0000000000000000"));
        assertTrue(ids.add("ffffffffffffffff"));
        assertFalse(ids.add("ffffffffffffffff"));
        assertTrue(ids.add("not-a-hex-id"));
        assertFalse(ids.add("not-a-hex-id"));
        assertTrue(ids.add("0d47b4f0c2e6a00g"));
        assertTrue(ids.add("0d47b4f0c2e6a0"));
        assertEquals(5, ids.size());
    }
}
