package org.xueji.registry.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClassTypeTest {

    @ParameterizedTest
    @EnumSource(ClassType.class)
    void takesItsStageFromTheFirstDigitOfItsCode(ClassType type) {
        SchoolStage expected;
        switch (type.code().charAt(0)) {
            case '1':
                expected = SchoolStage.PRIMARY;
                break;
            case '2':
                expected = SchoolStage.JUNIOR;
                break;
            default:
                expected = SchoolStage.SENIOR;
        }
        assertThat(type.stage()).isEqualTo(expected);
        assertThat(type.chineseName()).contains(expected.chineseName());
    }

    @Test
    void listsTheCodesOfTheNationalTable() {
        assertThat(ClassType.values()).extracting(ClassType::code).containsExactly(
                "10", "11", "12", "13", "14", "15", "16", "17",
                "20", "21", "22", "23", "24", "25", "26", "27",
                "40", "41", "42");
    }

    @Test
    void marksTheDisabilityClassesOfPrimaryAndJuniorStages() {
        assertThat(ClassType.values()).filteredOn(ClassType::isDisabilityClass)
                .extracting(ClassType::code)
                .containsExactly("15", "16", "17", "25", "26", "27");
    }

    @ParameterizedTest
    @EnumSource(SchoolStage.class)
    void givesTheOrdinaryClassTypeOfEachStage(SchoolStage stage) {
        assertThat(ClassType.ordinary(stage).stage()).isEqualTo(stage);
        assertThat(ClassType.ordinary(stage).code()).endsWith("0");
    }

    @Test
    void acceptsTheSpecialTalentNameWithoutItsParenthesis() {
        assertThat(ClassType.parse("高中特长班")).isEqualTo(ClassType.SENIOR_SPECIAL_TALENT);
    }
}
