package org.xueji.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.identity.DivisionCode;

class IdentifierTest {

    @Test
    void schoolIdentifierSplitsIntoTypeProvinceAndSerial() {
        SchoolIdentifier identifier = SchoolIdentifier.parse(" 3134001234 ");

        assertThat(identifier.value()).isEqualTo("3134001234");
        assertThat(identifier.typeCode()).isEqualTo("31");
        assertThat(identifier.provinceCode()).isEqualTo("34");
        assertThat(identifier.isInProvinceOf(DivisionCode.parse("340111"))).isTrue();
        assertThat(identifier.isInProvinceOf(DivisionCode.parse("320111"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "213400000", "21340000011", "21340000O1", "2199000001"})
    void malformedSchoolIdentifierIsRefused(String text) {
        assertThatThrownBy(() -> SchoolIdentifier.parse(text))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.INVALID_SCHOOL_IDENTIFIER);
    }

    @Test
    void classIdRoundTripsThroughText() {
        ClassId id = ClassId.of(SchoolIdentifier.parse("2134000001"), AcademicYear.of(2025), 3);

        assertThat(id.toString()).isEqualTo("2134000001-2025-03");
        assertThat(ClassId.parse("2134000001-2025-03")).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2134000001-2025", "2134000001-2025-00", "2134000001-25-03",
        "2134000001-2025-3"})
    void malformedClassIdIsRefused(String text) {
        assertThatThrownBy(() -> ClassId.parse(text))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.INVALID_VALUE);
    }

    @Test
    void unitCodeFoldsLettersToUpperCase() {
        assertThat(UnitCode.parse(" 12340000ab ").value()).isEqualTo("12340000AB");
        assertThatThrownBy(() -> UnitCode.parse("12-34"))
                .isInstanceOf(RegistryException.class);
    }
}
