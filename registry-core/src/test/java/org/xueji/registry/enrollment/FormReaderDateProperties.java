package org.xueji.registry.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FormReaderDateProperties {

    @Property
    void anIsoDateReadsAsTheJdkReadsItAndTheSameAsItsChineseSpelling(
            @ForAll("isoDates") String text) {
        LocalDate expected;
        try {
            expected = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            expected = null;
        }
        String chinese = text.substring(0, 4) + "年" + text.substring(5, 7) + "月"
                + text.substring(8) + "日";

        assertThat(FormReader.parseDate(text)).isEqualTo(expected);
        assertThat(FormReader.parseDate(chinese)).isEqualTo(expected);
    }

    @Property
    void anIsoMonthReadsAsTheJdkReadsItAndTheSameWithASlash(@ForAll("isoMonths") String text) {
        YearMonth expected;
        try {
            expected = YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            expected = null;
        }

        assertThat(FormReader.parseMonth(text)).isEqualTo(expected);
        assertThat(FormReader.parseMonth(text.replace('-', '/'))).isEqualTo(expected);
    }

    @Property
    void aDateInDigitsOtherThanAsciiIsNotRead(@ForAll("isoDates") String text) {
        String fullWidth = text.substring(0, 9) + (char) (text.charAt(9) + 0xFEE0);

        assertThat(FormReader.parseDate(fullWidth)).isNull();
    }

    @Provide
    Arbitrary<String> isoDates() {
        return Combinators.combine(Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 19), Arbitraries.integers().between(0, 39))
                .as((year, month, day) -> String.format("%04d-%02d-%02d", year, month, day));
    }

    @Provide
    Arbitrary<String> isoMonths() {
        return Combinators.combine(Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 19))
                .as((year, month) -> String.format("%04d-%02d", year, month));
    }
}
