package org.xueji.registry.photo;

import com.google.common.base.Preconditions;

/**
 * The limits a photo archive is read within, against zip bombs: an archive that is small but
 * unpacks to gigabytes, or holds millions of entries.
 *
 * <p>Uncompressed bytes are counted while they are read, never taken from the sizes an entry
 * declares, which an attacker writes. An entry that goes over {@link #maxEntryBytes()} is no
 * longer read and its file is refused as too large; an archive that goes over
 * {@link #maxEntries()} or {@link #maxTotalBytes()} is refused as a whole.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxArchiveBytes  the largest archive accepted, compressed, positive
 * @param maxEntries  the most entries, directories included, positive
 * @param maxEntryBytes  the most bytes one entry may unpack to, positive
 * @param maxTotalBytes  the most bytes all entries together may unpack to, positive
 */
public record ZipLimits(long maxArchiveBytes, int maxEntries, int maxEntryBytes,
        long maxTotalBytes) {

    private static final int MEGABYTE = 1024 * 1024;

    /**
     * Creates limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public ZipLimits {
        Preconditions.checkArgument(maxArchiveBytes > 0 && maxEntries > 0 && maxEntryBytes > 0
                && maxTotalBytes > 0, "limits must be positive");
    }

    /**
     * Returns the default limits, enough for a large school's photos at the national size:
     * archives of up to 200 MB, 10,000 entries, 1 MB per entry and 500 MB in all.
     *
     * @return the limits, not null
     */
    public static ZipLimits defaults() {
        return new ZipLimits(200L * MEGABYTE, 10_000, MEGABYTE, 500L * MEGABYTE);
    }
}
