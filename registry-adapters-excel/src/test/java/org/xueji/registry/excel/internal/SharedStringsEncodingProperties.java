package org.xueji.registry.excel.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SharedStringsEncodingProperties {

    @Property
    void theTableWritesEveryTextAsTheJdkEncodesIt(@ForAll("texts") String text) {
        byte[] out = new byte[text.length() * 3];

        int length = SharedStrings.encode(new StringBuilder(text), out);

        assertThat(Arrays.copyOf(out, length)).isEqualTo(text.getBytes(UTF_8));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> ascii = Arbitraries.chars().range(' ', '~').map(String::valueOf);
        Arbitrary<String> twoBytes = Arbitraries.chars().range('\u0080', '\u07FF')
                .map(String::valueOf);
        Arbitrary<String> chinese = Arbitraries.chars().range('\u4E00', '\u9FFF')
                .map(String::valueOf);
        Arbitrary<String> loneSurrogates = Arbitraries.chars().range('\uD800', '\uDFFF')
                .map(String::valueOf);
        Arbitrary<String> supplementary = Arbitraries.integers().between(0x10000, 0x10FFFF)
                .map(Character::toString);
        return Arbitraries.oneOf(ascii, twoBytes, chinese, loneSurrogates, supplementary)
                .list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
