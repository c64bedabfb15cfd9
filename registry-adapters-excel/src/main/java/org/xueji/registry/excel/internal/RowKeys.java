package org.xueji.registry.excel.internal;

import java.nio.charset.StandardCharsets;

/**
 * Remembers which row first gave each key, in little memory: a key is kept as a 64-bit hash in
 * an open-addressing table, so a million keys take about 24 MB. Two different keys collide with
 * a probability near 2<sup>-64</sup> per pair; a collision makes a later row look like a repeat
 * of an earlier one. Not thread-safe.
 */
public final class RowKeys {

    private static final long EMPTY = 0L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private long[] hashes = new long[1 << 10];
    private int[] rows = new int[1 << 10];
    private int size;

    /**
     * Records a key's row, unless an earlier row had the key.
     *
     * @param key  the key, not null
     * @param row  the row number, positive
     * @return the earlier row with the key, or 0 if this is the first
     */
    public int putIfAbsent(String key, int row) {
        long hash = hash(key);
        int mask = hashes.length - 1;
        int slot = (int) (hash ^ hash >>> 32) & mask;
        while (hashes[slot] != EMPTY) {
            if (hashes[slot] == hash) {
                return rows[slot];
            }
            slot = slot + 1 & mask;
        }
        hashes[slot] = hash;
        rows[slot] = row;
        if (++size * 2 > hashes.length) {
            grow();
        }
        return 0;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldRows.length * 2];
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != EMPTY) {
                int slot = (int) (oldHashes[i] ^ oldHashes[i] >>> 32) & mask;
                while (hashes[slot] != EMPTY) {
                    slot = slot + 1 & mask;
                }
                hashes[slot] = oldHashes[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    private static long hash(String key) {
        long hash = FNV_OFFSET;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash == EMPTY ? 1L : hash;
    }
}
