package org.xueji.registry.policy;

import com.google.common.base.Preconditions;

/**
 * The photo rule (学生照片): how large a student's photo may be, in bytes, and how small in
 * pixels. Every entry-grade student needs a JPEG photo taken in the year of entry; the registry
 * checks that when the school submits the student for review, and checks bytes and pixels when
 * photos are imported.
 *
 * <p>The national default: JPEG files under 60 KB, that is at most 61,440 bytes, of at least
 * 26 x 32 mm at 150 dpi. A millimetre is 1/25.4 inch, so 26 mm at 150 dpi is 26 / 25.4 x 150 =
 * 153.5 pixels and 32 mm is 189.0 pixels; rounded up, a photo needs at least 154 pixels across
 * and 189 down. The light-blue background is not checked.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PhotoPolicy {

    private static final int SIXTY_KB = 60 * 1024;
    private static final double MM_PER_INCH = 25.4;
    private static final int NATIONAL_WIDTH_MM = 26;
    private static final int NATIONAL_HEIGHT_MM = 32;
    private static final int NATIONAL_DPI = 150;

    private final int maxBytes;
    private final int minWidth;
    private final int minHeight;

    private PhotoPolicy(int maxBytes, int minWidth, int minHeight) {
        this.maxBytes = maxBytes;
        this.minWidth = minWidth;
        this.minHeight = minHeight;
    }

    /**
     * Returns the national rule: at most 61,440 bytes, at least 154 x 189 pixels.
     *
     * @return the rule, not null
     */
    public static PhotoPolicy national() {
        return new PhotoPolicy(SIXTY_KB, pixels(NATIONAL_WIDTH_MM, NATIONAL_DPI),
                pixels(NATIONAL_HEIGHT_MM, NATIONAL_DPI));
    }

    /**
     * Obtains a rule with another size limit and the national pixel minimum.
     *
     * @param maxBytes  the largest size allowed, positive
     * @return the rule, not null
     * @throws IllegalArgumentException if the size is not positive
     */
    public static PhotoPolicy ofMaxBytes(int maxBytes) {
        Preconditions.checkArgument(maxBytes > 0, "max bytes %s not positive", maxBytes);
        PhotoPolicy national = national();
        return new PhotoPolicy(maxBytes, national.minWidth, national.minHeight);
    }

    /**
     * Returns the number of pixels a length needs at a resolution, rounded up.
     *
     * @param millimetres  the length, positive
     * @param dpi  the resolution in dots per inch, positive
     * @return the pixels, positive
     * @throws IllegalArgumentException if a value is not positive
     */
    public static int pixels(int millimetres, int dpi) {
        Preconditions.checkArgument(millimetres > 0 && dpi > 0, "not positive");
        return (int) Math.ceil(millimetres / MM_PER_INCH * dpi);
    }

    /**
     * Returns a copy with another pixel minimum.
     *
     * @param width  the fewest pixels across, positive
     * @param height  the fewest pixels down, positive
     * @return the rule, not null
     * @throws IllegalArgumentException if a value is not positive
     */
    public PhotoPolicy withMinimumPixels(int width, int height) {
        Preconditions.checkArgument(width > 0 && height > 0, "pixels not positive");
        return new PhotoPolicy(maxBytes, width, height);
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
     * Returns the fewest pixels a photo must have across.
     *
     * @return the width in pixels, positive
     */
    public int minWidth() {
        return minWidth;
    }

    /**
     * Returns the fewest pixels a photo must have down.
     *
     * @return the height in pixels, positive
     */
    public int minHeight() {
        return minHeight;
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

    /**
     * Tells whether a photo's pixel dimensions are allowed.
     *
     * @param width  the pixels across
     * @param height  the pixels down
     * @return true if both are at least the minimum
     */
    public boolean allowsDimensions(int width, int height) {
        return width >= minWidth && height >= minHeight;
    }
}
