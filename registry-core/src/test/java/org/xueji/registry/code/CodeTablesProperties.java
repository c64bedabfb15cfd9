package org.xueji.registry.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CodeTablesProperties {

    @Property
    void everyEthnicityIsFoundByItsCodeInFullWidthDigitsAmidWhiteSpace(
            @ForAll Ethnicity ethnicity, @ForAll("blanks") String before,
            @ForAll("blanks") String after) {
        String text = before + toFullWidth(ethnicity.code()) + after;

        assertThat(Ethnicity.parse(text)).isEqualTo(ethnicity);
    }

    @Property
    void everyEthnicityIsFoundByItsCodeWithoutLeadingZeros(@ForAll Ethnicity ethnicity) {
        String unpadded = String.valueOf(Integer.parseInt(ethnicity.code()));

        assertThat(Ethnicity.parse(unpadded)).isEqualTo(ethnicity);
    }

    @Property
    void findNeverThrowsForAnyText(@ForAll String text) {
        assertThat(CodeTables.find(Ethnicity.class, text)).isNotNull();
        assertThat(CodeTables.find(ClassType.class, text)).isNotNull();
    }

    @Property
    void parseAndFindAgree(@ForAll("codeLikeText") String text) {
        assertThat(CodeTables.find(UrbanRuralType.class, text).isPresent())
                .isEqualTo(CodeTables.isKnown(UrbanRuralType.class, text));
        CodeTables.find(UrbanRuralType.class, text).ifPresent(
                type -> assertThat(UrbanRuralType.parse(text)).isEqualTo(type));
    }

    @Property
    void aTextFoundAsItStandsIsTheEntryItsNormalizedFormFinds(@ForAll("entryTexts") String key,
            @ForAll("blanks") String before) {
        String normalized = CodeTables.normalize(key);

        assertThat(CodeTables.normalize(normalized)).isEqualTo(normalized);
        for (Class<? extends CodeTable> table : AllCodeTables.TABLES) {
            find(table, normalized).ifPresent(entry ->
                    assertThat(find(table, before + normalized)).contains(entry));
        }
    }

    @Provide
    Arbitrary<String> entryTexts() {
        return Arbitraries.of(AllCodeTables.entries()
                .flatMap(entry -> Stream.concat(
                        Stream.of(entry.code(), entry.chineseName(),
                                entry.code().toLowerCase(Locale.ROOT)),
                        entry.aliases().stream()))
                .toList());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<CodeTable> find(Class<? extends CodeTable> table,
            String text) {
        return CodeTables.find((Class) table, text);
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(' ', '\t', '\u3000', '\u00A0').ofMaxLength(3);
    }

    @Provide
    Arbitrary<String> codeLikeText() {
        return Arbitraries.strings().withChars("0123456789 ０１２").ofMaxLength(5);
    }

    private static String toFullWidth(String digits) {
        StringBuilder result = new StringBuilder();
        digits.chars().forEach(c -> result.append((char) (c + 0xFEE0)));
        return result.toString();
    }
}
