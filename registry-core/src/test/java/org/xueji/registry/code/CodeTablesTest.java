package org.xueji.registry.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xueji.registry.ErrorCode;

class CodeTablesTest {

    static Stream<CodeTable> entries() {
        return AllCodeTables.entries();
    }

    static Stream<Class<? extends CodeTable>> tables() {
        return AllCodeTables.tables();
    }

    @ParameterizedTest
    @MethodSource("entries")
    void everyEntryIsFoundByItsCode(CodeTable entry) {
        assertThat(CodeTables.isKnown(entry.getClass(), entry.code())).isTrue();
        assertThat(find(entry, entry.code())).isSameAs(entry);
    }

    @ParameterizedTest
    @MethodSource("entries")
    void everyEntryIsFoundByItsChineseName(CodeTable entry) {
        assertThat(find(entry, entry.chineseName())).isSameAs(entry);
    }

    @ParameterizedTest
    @MethodSource("entries")
    void everyEntryIsFoundByEachOfItsAliases(CodeTable entry) {
        for (String alias : entry.aliases()) {
            assertThat(find(entry, alias)).as(alias).isSameAs(entry);
        }
    }

    @ParameterizedTest
    @MethodSource("entries")
    void everyEntryIsFoundByItsCodeWithSurroundingAndFullWidthSpaces(CodeTable entry) {
        assertThat(find(entry, " \u3000" + entry.code() + "\t\n")).isSameAs(entry);
    }

    @ParameterizedTest
    @MethodSource("tables")
    void codesNamesAndAliasesAreUniqueWithinEachTable(Class<? extends CodeTable> table) {
        List<String> keys = new ArrayList<>();
        for (CodeTable entry : table.getEnumConstants()) {
            keys.add(CodeTables.normalize(entry.code()));
            keys.add(CodeTables.normalize(entry.chineseName()));
            entry.aliases().forEach(alias -> keys.add(CodeTables.normalize(alias)));
        }
        assertThat(keys).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyTableHasAChineseName(Class<? extends CodeTable> table) {
        assertThat(table.getAnnotation(CodeTableName.class)).isNotNull();
        assertThat(CodeTables.tableName(table)).isNotBlank().doesNotContain("代码表");
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyCodeAndNameIsFreeOfSurroundingWhiteSpace(Class<? extends CodeTable> table) {
        Arrays.stream(table.getEnumConstants()).forEach(entry -> {
            assertThat(entry.code()).isNotBlank().isEqualTo(entry.code().strip());
            assertThat(entry.chineseName()).isNotBlank().isEqualTo(entry.chineseName().strip());
        });
    }

    @Test
    void parsesFullWidthDigits() {
        assertThat(CodeTables.parse(SchoolCategory.class, "２１１"))
                .isEqualTo(SchoolCategory.PRIMARY_SCHOOL);
        assertThat(UrbanRuralType.parse("２２０")).isEqualTo(UrbanRuralType.VILLAGE);
    }

    @Test
    void parsesANameWithWhiteSpaceInside() {
        assertThat(SchoolCategory.parse("初级 中学")).isEqualTo(SchoolCategory.JUNIOR_SECONDARY_SCHOOL);
    }

    @Test
    void parsesANameWrittenWithAsciiParentheses() {
        assertThat(ClassType.parse("小学特长班(文体艺智等班)"))
                .isEqualTo(ClassType.PRIMARY_SPECIAL_TALENT);
    }

    @Test
    void keepsLeadingZerosSignificantWhereCodesDifferInLength() {
        assertThat(CodeTables.find(Sex.class, "01")).contains(Sex.MALE);
        assertThat(CodeTables.find(SchoolCategory.class, "0211"))
                .contains(SchoolCategory.PRIMARY_SCHOOL);
        assertThat(CodeTables.find(SchoolCategory.class, "21")).isEmpty();
    }

    @Test
    void rejectsAnUnknownValueWithAMessageNamingTheTableAndTheValue() {
        assertThatThrownBy(() -> SchoolCategory.parse(" 大学 "))
                .isInstanceOfSatisfying(UnknownCodeException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_CODE);
                    assertThat(e.table()).isEqualTo(SchoolCategory.class);
                    assertThat(e.tableName()).isEqualTo("学校类别");
                    assertThat(e.getMessage()).isEqualTo("“大学”不是学校类别代码表中的代码或名称");
                    assertThat(e.message(Locale.ENGLISH))
                            .contains("\"大学\"", "学校类别", "SchoolCategory");
                });
    }

    @Test
    void quotesOnlyTheBeginningOfALongRejectedValue() {
        String longValue = "11010519491231002X11010519491231002X";

        assertThatThrownBy(() -> SchoolOwnership.parse(longValue))
                .isInstanceOf(UnknownCodeException.class)
                .hasMessageNotContaining(longValue)
                .hasMessageContaining(longValue.substring(0, UnknownCodeException.MAX_QUOTED_LENGTH)
                        + "…");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000", "999", "公办学校", "-1"})
    void findsNothingForTextOutsideTheTableWithoutThrowing(String text) {
        assertThat(CodeTables.find(SchoolOwnership.class, text)).isEmpty();
        assertThat(CodeTables.isKnown(SchoolOwnership.class, text)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    void findsNothingForNull(String text) {
        assertThat(CodeTables.find(SchoolOwnership.class, text)).isEmpty();
        assertThat(CodeTables.isKnown(SchoolOwnership.class, text)).isFalse();
    }

    @Test
    void refusesNullTextInParse() {
        assertThatThrownBy(() -> SchoolOwnership.parse(null))
                .isInstanceOf(NullPointerException.class);
    }

    private static CodeTable find(CodeTable entry, String text) {
        return parseUnchecked(entry.getClass(), text);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CodeTable parseUnchecked(Class<? extends CodeTable> table, String text) {
        return (CodeTable) CodeTables.parse((Class) table, text);
    }
}
