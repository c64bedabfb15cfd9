package org.xueji.registry.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.policy.PhotoPolicy;

class JpegHeaderTest {

    @Test
    void readsTheDimensionsOfAnImageWrittenByImageIo() {
        assertThat(JpegHeader.read(PhotosTest.jpeg(154, 189, false))).hasValueSatisfying(
                header -> {
                    assertThat(header.width()).isEqualTo(154);
                    assertThat(header.height()).isEqualTo(189);
                    assertThat(header.isProgressive()).isFalse();
                });
    }

    @Test
    void readsAHandMadeProgressiveHeaderAfterAnApp0SegmentAndFillBytes() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xD8,
            (byte) 0xFF, (byte) 0xE0, 0, 4, 'J', 'F',
            (byte) 0xFF, (byte) 0xFF, (byte) 0xC2, 0, 11, 8, 0x01, 0x2C, 0x00, (byte) 0xC8, 1,
            1, 0x11, 0};

        assertThat(JpegHeader.read(bytes)).hasValueSatisfying(header -> {
            assertThat(header.width()).isEqualTo(200);
            assertThat(header.height()).isEqualTo(300);
            assertThat(header.isProgressive()).isTrue();
        });
    }

    @Test
    void findsNoHeaderInOtherFormatsTruncatedFilesOrLosslessFrames() {
        byte[] jpeg = PhotosTest.jpeg(160, 200, false);
        byte[] lossless = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC3, 0, 11, 8, 0, 10,
            0, 10, 1, 1, 0x11, 0};

        assertThat(JpegHeader.read(PhotosTest.png())).isEmpty();
        assertThat(JpegHeader.read(Arrays.copyOf(jpeg, 20))).isEmpty();
        assertThat(JpegHeader.read(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))
                .isEmpty();
        assertThat(JpegHeader.read(lossless)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"26, 150, 154", "32, 150, 189", "26, 300, 308", "32, 300, 378", "25, 254, 250"})
    void pixelsFollowFromMillimetresAndDotsPerInchRoundedUp(int mm, int dpi, int pixels) {
        assertThat(PhotoPolicy.pixels(mm, dpi)).isEqualTo(pixels);
    }

    @Test
    void theNationalPolicyWantsAtLeast154By189PixelsAndAtMost61440Bytes() {
        PhotoPolicy national = PhotoPolicy.national();

        assertThat(national.allowsDimensions(154, 189)).isTrue();
        assertThat(national.allowsDimensions(153, 189)).isFalse();
        assertThat(national.allowsDimensions(154, 188)).isFalse();
        assertThat(national.allowsSize(61_440)).isTrue();
        assertThat(national.allowsSize(61_441)).isFalse();
    }
}
