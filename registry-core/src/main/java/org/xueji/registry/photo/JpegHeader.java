package org.xueji.registry.photo;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The pixel dimensions of a JPEG file, read from its frame header without decoding the image.
 *
 * <p>The reader expects the start-of-image marker {@code FF D8}, then walks the marker segments,
 * each {@code FF}, a marker byte and a two-byte big-endian length that counts itself, until it
 * meets a start-of-frame segment: {@code FF C0} (baseline), {@code FF C1} (extended sequential)
 * or {@code FF C2} (progressive). That segment holds the sample precision (one byte), then the
 * height and the width (two bytes each). Other frame types (lossless, hierarchical, arithmetic
 * coding) are not photos a browser shows, and are read as no JPEG. Reaching the start of scan,
 * the end of image or the end of the bytes first also gives no result.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JpegHeader {

    private static final int MARKER = 0xFF;
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int TEM = 0x01;
    private static final int RST0 = 0xD0;
    private static final int RST7 = 0xD7;
    private static final int SOF0 = 0xC0;
    private static final int SOF2 = 0xC2;
    private static final int SOF15 = 0xCF;
    private static final int DHT = 0xC4;
    private static final int JPG = 0xC8;
    private static final int DAC = 0xCC;

    private final int width;
    private final int height;
    private final boolean progressive;

    private JpegHeader(int width, int height, boolean progressive) {
        this.width = width;
        this.height = height;
        this.progressive = progressive;
    }

    /**
     * Reads the frame header of JPEG bytes.
     *
     * @param bytes  the file's bytes, not null
     * @return the header, or empty if the bytes are not a baseline, extended or progressive
     *     JPEG file with a frame header before its first scan
     */
    public static Optional<JpegHeader> read(byte[] bytes) {
        requireNonNull(bytes, "bytes");
        if (bytes.length < 4 || u8(bytes, 0) != MARKER || u8(bytes, 1) != SOI) {
            return Optional.empty();
        }
        int pos = 2;
        while (pos + 1 < bytes.length) {
            if (u8(bytes, pos) != MARKER) {
                return Optional.empty();
            }
            int marker = u8(bytes, pos + 1);
            if (marker == MARKER) {
                pos++;
                continue;
            }
            if (marker == TEM || (marker >= RST0 && marker <= RST7)) {
                pos += 2;
                continue;
            }
            if (marker == SOS || marker == EOI || marker == SOI || pos + 3 >= bytes.length) {
                return Optional.empty();
            }
            int length = u16(bytes, pos + 2);
            if (isFrame(marker)) {
                return frame(bytes, pos, length, marker);
            }
            if (length < 2) {
                return Optional.empty();
            }
            pos += 2 + length;
        }
        return Optional.empty();
    }

    private static boolean isFrame(int marker) {
        return marker >= SOF0 && marker <= SOF15 && marker != DHT && marker != JPG
                && marker != DAC;
    }

    private static Optional<JpegHeader> frame(byte[] bytes, int pos, int length, int marker) {
        if (marker > SOF2 || length < 8 || pos + 8 >= bytes.length) {
            return Optional.empty();
        }
        int height = u16(bytes, pos + 5);
        int width = u16(bytes, pos + 7);
        if (width == 0 || height == 0) {
            return Optional.empty();
        }
        return Optional.of(new JpegHeader(width, height, marker == SOF2));
    }

    private static int u8(byte[] bytes, int pos) {
        return bytes[pos] & 0xFF;
    }

    private static int u16(byte[] bytes, int pos) {
        return (u8(bytes, pos) << 8) | u8(bytes, pos + 1);
    }

    /**
     * Returns the number of pixels across.
     *
     * @return the width, positive
     */
    public int width() {
        return width;
    }

    /**
     * Returns the number of pixels down.
     *
     * @return the height, positive
     */
    public int height() {
        return height;
    }

    /**
     * Tells whether the image is progressive ({@code SOF2}) rather than sequential.
     *
     * @return true if progressive
     */
    public boolean isProgressive() {
        return progressive;
    }

    /**
     * Returns the dimensions, such as {@code JpegHeader[154x189]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "JpegHeader[" + width + "x" + height + (progressive ? ", progressive" : "") + "]";
    }
}
