package org.xueji.registry.student;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Arrays;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * A student's photo (学生照片): JPEG bytes and the day it was taken.
 *
 * <p>Construction checks only that the bytes start as a JPEG file does ({@code FF D8 FF}); it
 * does not decode the image, so the national spec's background colour, 26 x 32 mm and 150 dpi
 * are not checked. The size limit and the year the photo must be taken in are rules of the
 * {@link org.xueji.registry.policy.PhotoPolicy}.
 *
 * <p>This class is immutable and thread-safe: it copies the bytes in and out.
 */
public final class Photo {

    private final byte[] jpeg;
    private final LocalDate takenOn;

    private Photo(byte[] jpeg, LocalDate takenOn) {
        this.jpeg = jpeg;
        this.takenOn = takenOn;
    }

    /**
     * Obtains a photo.
     *
     * @param jpeg  the JPEG file's bytes, copied, not null
     * @param takenOn  the day the photo was taken, not null
     * @return the photo, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_PHOTO} if the bytes are not a
     *     JPEG file
     */
    public static Photo of(byte[] jpeg, LocalDate takenOn) {
        requireNonNull(jpeg, "jpeg");
        requireNonNull(takenOn, "takenOn");
        if (!isJpeg(jpeg)) {
            throw new RegistryException(ErrorCode.INVALID_PHOTO, "照片须为JPG格式",
                    "The photo must be a JPEG file");
        }
        return new Photo(jpeg.clone(), takenOn);
    }

    /**
     * Tells whether bytes start as a JPEG file does.
     *
     * @param bytes  the bytes, not null
     * @return true if they start with {@code FF D8 FF}
     */
    public static boolean isJpeg(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xD8
                && bytes[2] == (byte) 0xFF;
    }

    /**
     * Returns a copy of the JPEG bytes.
     *
     * @return the bytes, not null
     */
    public byte[] jpeg() {
        return jpeg.clone();
    }

    /**
     * Returns the size of the file.
     *
     * @return the number of bytes
     */
    public int size() {
        return jpeg.length;
    }

    /**
     * Returns the day the photo was taken.
     *
     * @return the day, not null
     */
    public LocalDate takenOn() {
        return takenOn;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Photo && ((Photo) obj).takenOn.equals(takenOn)
                && Arrays.equals(((Photo) obj).jpeg, jpeg);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(jpeg) + takenOn.hashCode();
    }

    /**
     * Returns the size and day, such as {@code Photo[20480 bytes, 2025-08-20]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "Photo[" + jpeg.length + " bytes, " + takenOn + "]";
    }
}
