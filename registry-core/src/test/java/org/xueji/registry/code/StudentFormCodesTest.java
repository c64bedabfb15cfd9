package org.xueji.registry.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentFormCodesTest {

    @Test
    void listsTheOverseasChineseStatusCodesOfTheForm() {
        assertThat(OverseasChineseStatus.values()).extracting(OverseasChineseStatus::code)
                .containsExactly("00", "01", "02", "03", "04", "05", "06",
                        "11", "12", "13", "14", "21", "31", "41", "51", "99");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "0,  NONE",
        "00, NONE",
        "否, NONE",
        "1,  HONG_KONG_COMPATRIOT",
        "11, OVERSEAS_CHINESE",
    })
    void acceptsOverseasChineseStatusCodesWithoutTheirLeadingZero(
            String text, OverseasChineseStatus expected) {
        assertThat(OverseasChineseStatus.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "健康,         HEALTHY",
        "健康或良好,   HEALTHY",
        "一般,         FAIR",
        "慢性病,       CHRONIC_ILLNESS",
        "有慢性病,     CHRONIC_ILLNESS",
        "残疾,         DISABLED",
        "6,            DISABLED",
    })
    void acceptsTheShortHealthNamesOfTheDomainNotes(String text, HealthStatus expected) {
        assertThat(HealthStatus.parse(text)).isEqualTo(expected);
    }

    @Test
    void usesHealthCodesOneTwoThreeAndSix() {
        assertThat(HealthStatus.values()).extracting(HealthStatus::code)
                .containsExactly("1", "2", "3", "6");
        assertThatThrownBy(() -> HealthStatus.parse("4"))
                .hasMessage("“4”不是健康状况代码表中的代码或名称");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"0, NONE", "00, NONE", "无残疾, NONE", "07, MULTIPLE", "３, SPEECH"})
    void acceptsDisabilityCodesWithLeadingZeros(String text, Disability expected) {
        assertThat(Disability.parse(text)).isEqualTo(expected);
    }

    @Test
    void countsEveryDisabilityButNoneAsADisability() {
        assertThat(Disability.values()).filteredOn(Disability::isDisability)
                .hasSize(Disability.values().length - 1)
                .doesNotContain(Disability.NONE);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "统一招生考试,           ENTRANCE_EXAMINATION",
        "普通入学,               ENTRANCE_EXAMINATION",
        "统一招生考试/普通入学,  ENTRANCE_EXAMINATION",
        "9,                      OTHER",
    })
    void acceptsEitherHalfOfTheFormsNameForEntryByExamination(String text, EntryMode expected) {
        assertThat(EntryMode.parse(text)).isEqualTo(expected);
    }

    @Test
    void listsTheCodesOfTheSmallerStudentFormTables() {
        assertThat(HouseholdType.values()).extracting(HouseholdType::code)
                .containsExactly("1", "2", "3");
        assertThat(EntryMode.values()).extracting(EntryMode::code)
                .containsExactly("1", "2", "3", "4", "9");
        assertThat(AttendanceMode.values()).extracting(AttendanceMode::code)
                .containsExactly("1", "2", "3", "9");
        assertThat(StudentSource.values()).extracting(StudentSource::code)
                .containsExactly("1", "2", "3");
    }
}
