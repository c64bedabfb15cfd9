package org.xueji.registry.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

class IdentityDocumentTypeTest {

    @ParameterizedTest
    @CsvSource({
        "1, RESIDENT_IDENTITY_CARD, 居民身份证",
        "6, HONG_KONG_DOCUMENT, 香港特区护照/身份证明",
        "7, MACAU_DOCUMENT, 澳门特区护照/身份证明",
        "8, TAIWAN_TRAVEL_PERMIT, 台湾居民来往大陆通行证",
        "9, PERMANENT_RESIDENCE_CARD, 境外永久居住证",
        "A, PASSPORT, 护照",
        "' a ', PASSPORT, 护照",
        "Z, OTHER, 其他",
    })
    void findsTheRequiredTypesByTheirOfficialCodes(
            String code, IdentityDocumentType type, String name) {
        assertThat(IdentityDocumentType.ofCode(code)).isEqualTo(type);
        assertThat(type.chineseName()).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"0", "C", "''", "10"})
    void rejectsACodeOutsideTheTable(String code) {
        assertThatThrownBy(() -> IdentityDocumentType.ofCode(code))
                .isInstanceOfSatisfying(RegistryException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_CODE));
    }
}
