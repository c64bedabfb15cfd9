package org.xueji.registry.policy;

import com.google.common.base.Preconditions;

/**
 * The photo rule (学生照片): how large a student's photo may be. Every entry-grade student needs
 * a JPEG photo taken in the year of entry; the registry checks that when the school submits the
 * student for review.
 *
 * <p>The national default: JPEG files under 60 KB, that is at most 61,440 bytes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PhotoPolicy {

    private static final int SIXTY_KB = 60 * 1024;

    private final int maxBytes;

    private PhotoPolicy(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Returns the national rule: at most 61,440 bytes.
     *
     * @return the rule, not null
     */
    public static PhotoPolicy national() {
        return new PhotoPolicy(SIXTY_KB);
    }

    /**
     * Obtains a rule with another size limit.
     *
     * @param maxBytes  the largest size allowed, positive
     * @return the rule, not null
     * @throws IllegalArgumentException if the size is not positive
     */
    public static PhotoPolicy ofMaxBytes(int maxBytes) {
        Preconditions.checkArgument(maxBytes > 0, "max bytes %s not positive", maxBytes);
        return new PhotoPolicy(maxBytes);
    }

    /**
     * Returns the largest size a photo may have.
     *
     * @return the number of bytes, positive
     */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Tells whether a photo's size is allowed.
     *
     * @param size  the number of bytes
     * @return true if it is at most {@link #maxBytes()}
     */
    public boolean allowsSize(int size) {
        return size <= maxBytes;
    }
}
