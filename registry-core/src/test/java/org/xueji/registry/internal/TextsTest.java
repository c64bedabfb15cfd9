package org.xueji.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void everyCharacterOnItsOwnIsCleanExactlyWhenItIsNeitherControlNorFormatNorASurrogate() {
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            boolean oneLine = !Character.isISOControl(c) && !Character.isSurrogate(c)
                    && Character.getType(c) != Character.FORMAT;
            boolean lines = oneLine || c == '\n' || c == '\r' || c == '\t'
                    || !Character.isISOControl(c) && !Character.isSurrogate(c);

            assertThat(Texts.isClean(String.valueOf(c), false)).as("U+%04X", code)
                    .isEqualTo(oneLine);
            assertThat(Texts.isClean(String.valueOf(c), true)).as("U+%04X on lines", code)
                    .isEqualTo(lines);
        }
    }
}
