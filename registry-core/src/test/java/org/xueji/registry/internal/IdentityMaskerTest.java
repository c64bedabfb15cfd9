package org.xueji.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityMaskerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "11010519491231002X|110105********002X",
        "id 440524188001010014 here|id 440524********0014 here",
        "11010519491231002x|110105********002x",
        "2134000001|2134000001",
        "0551-63350000|0551-63350000",
        "1101051949123100201|1101051949123100201",
        "a 11010519491231002X and 440524188001010014|"
                + "a 110105********002X and 440524********0014",
    })
    void masksEverythingShapedLikeAnIdentityNumber(String text, String masked) {
        assertThat(IdentityMasker.mask(text)).isEqualTo(masked);
    }
}
