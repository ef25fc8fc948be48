package io.github.influxauth.api;

import java.util.HashSet;
import java.util.Set;

/**
 * The IDs a paged listing has handed over, in little memory: influxd's IDs are 16 hexadecimal
 * digits, which fit in a long, so they go into an open-addressing table of longs (8 bytes an ID,
 * 16 at most with the table's slack) instead of a set of strings (about 100 bytes an ID, which ran
 * out of a 64 MB heap after ~650,000 tokens). IDs of another form go to an ordinary set. Upper and
 * lower case hex digits are the same ID.
 */
final class SeenIds {

    /** Marks a free slot; the ID 0000000000000000 (which influxd never issues) is kept apart. */
    private static final long FREE = 0L;

    private long[] slots = new long[1 << 10];
    private int size;
    private boolean zeroSeen;
    private Set<String> others;

    /** Adds the ID; false when it was there already. */
    boolean add(String id) {
        if (id.length() == 16 && isHex(id)) {
            return add(Long.parseUnsignedLong(id, 16));
        }
        if (others == null) {
            others = new HashSet<>();
        }
        return others.add(id);
    }

    int size() {
        return size + (zeroSeen ? 1 : 0) + (others == null ? 0 : others.size());
    }

    private boolean add(long id) {
        if (id == FREE) {
            boolean first = !zeroSeen;
            zeroSeen = true;
            return first;
        }
        // At most three quarters full, so that a probe finds a free slot within a few steps.
        if ((size + 1L) * 4 > slots.length * 3L) {
            grow();
        }
        return insert(slots, id);
    }

    private boolean insert(long[] table, long id) {
        int mask = table.length - 1;
        for (int i = slot(id, mask); ; i = (i + 1) & mask) {
            if (table[i] == FREE) {
                table[i] = id;
                size++;
                return true;
            }
            if (table[i] == id) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long id : old) {
            if (id != FREE) {
                insert(slots, id);
            }
        }
    }

    /** influxd's IDs grow with time in their high bits: mixed, so that neighbours spread over the table. */
    private static int slot(long id, int mask) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }
}
