package org.xueji.registry.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.code.SchoolStage.JUNIOR;
import static org.xueji.registry.code.SchoolStage.PRIMARY;
import static org.xueji.registry.code.SchoolStage.SENIOR;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolCategoryTest {

    @ParameterizedTest(name = "{0} teaches {1}, identifier type {2}")
    @CsvSource({
        "211, PRIMARY,               21",
        "218, PRIMARY,               21",
        "311, JUNIOR,                31",
        "312, PRIMARY JUNIOR,        31",
        "341, JUNIOR SENIOR,         34",
        "342, SENIOR,                34",
        "345, PRIMARY JUNIOR SENIOR, 34",
        "511, PRIMARY JUNIOR,        51",
        "512, PRIMARY JUNIOR,        51",
        "513, PRIMARY JUNIOR,        51",
        "514, PRIMARY JUNIOR,        51",
    })
    void knowsItsStagesAndIdentifierTypeCode(String code, String stages, String typeCode) {
        SchoolCategory category = SchoolCategory.parse(code);
        Set<SchoolStage> expected = Arrays.stream(stages.split(" "))
                .map(SchoolStage::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SchoolStage.class)));

        assertThat(category.stages()).containsExactlyElementsOf(expected);
        assertThat(category.identifierTypeCode()).isEqualTo(typeCode);
        assertThat(category.isSpecialEducation()).isEqualTo(typeCode.equals("51"));
        for (SchoolStage stage : SchoolStage.values()) {
            assertThat(category.teaches(stage)).isEqualTo(expected.contains(stage));
        }
    }

    @Test
    void listsExactlyTheElevenCategoriesOfTheRegistry() {
        assertThat(SchoolCategory.values()).extracting(SchoolCategory::code).containsExactly(
                "211", "218", "311", "312", "341", "342", "345", "511", "512", "513", "514");
    }

    @Test
    void acceptsTheShortNamesOfTheDomainNotes() {
        assertThat(SchoolCategory.parse("九年一贯制")).isEqualTo(SchoolCategory.NINE_YEAR_SCHOOL);
        assertThat(SchoolCategory.parse("十二年一贯制")).isEqualTo(SchoolCategory.TWELVE_YEAR_SCHOOL);
        assertThat(SchoolCategory.parse("培智")).isEqualTo(
                SchoolCategory.SCHOOL_FOR_INTELLECTUAL_DISABILITIES);
    }

    @Test
    void ordersStagesAsSchoolingDoes() {
        assertThat(SchoolCategory.TWELVE_YEAR_SCHOOL.stages())
                .containsExactly(PRIMARY, JUNIOR, SENIOR);
    }
}
