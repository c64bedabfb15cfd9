package org.xueji.registry.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.code.IdentityDocumentType;

class IdentityDocumentTest {

    static final Clock CLOCK = IdentityNumberTest.CLOCK;

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            1 | 11010519491231002x | 11010519491231002X
            1 | 110105491231002    | 11010519491231002X
            6 | A123456(7)         | A123456(7)
            6 | ab 123456（a）      | AB123456(A)
            6 | H12345678          | H12345678
            6 | H1234567890        | H1234567890
            6 | K12345678          | K12345678
            7 | 1234567(8)         | 1234567(8)
            7 | M12345678          | M12345678
            8 | 12345678           | 12345678
            8 | 1234567890         | 1234567890
            8 | 12345678(B)        | 12345678(B)
            9 | 911840201507010031 | 911840201507010031
            9 | USA110515001       | USA110515001
            A | e12345678          | E12345678
            A | ＰＥ１２３４５６７   | PE1234567
            2 | 南字第123456号       | 南字第123456号
            B | 340104001234       | 340104001234
            Z | 学校证明             | 学校证明
            """)
    void acceptsNumbersOfThePublishedShapes(String code, String number, String normalised) {
        IdentityDocument document = IdentityDocument.of(
                IdentityDocumentType.ofCode(code), number, CLOCK);

        assertThat(document.number()).contains(normalised);
        assertThat(IdentityDocument.check(document.type(), number, CLOCK)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            1 | null                | MISSING_NUMBER
            1 | 110105194912310021  | IDENTITY_NUMBER
            6 | ''                  | MISSING_NUMBER
            6 | A123456(B)          | SHAPE
            6 | H1234567            | SHAPE
            6 | H123456789          | SHAPE
            6 | 1234                | SHAPE
            7 | 2234567(8)          | SHAPE
            7 | M123456789          | SHAPE
            8 | 1234567             | SHAPE
            8 | 123456789           | SHAPE
            8 | A1234567            | SHAPE
            9 | 911840201507010032  | SHAPE
            9 | AB-12               | SHAPE
            A | ' '                 | MISSING_NUMBER
            A | 1234                | SHAPE
            A | E1234567890123456789| SHAPE
            A | E-1234567           | SHAPE
            2 | 123456789012345678901234567890123 | SHAPE
            """)
    void rejectsNumbersThatDoNotFitTheirType(
            String code, String number, IdentityDocumentProblem problem) {
        IdentityDocumentType type = IdentityDocumentType.ofCode(code);

        InvalidIdentityDocumentException thrown = catchThrowableOfType(
                InvalidIdentityDocumentException.class,
                () -> IdentityDocument.of(type, number, CLOCK));

        assertThat(thrown.problem()).isEqualTo(problem);
        assertThat(thrown.type()).isEqualTo(type);
        assertThat(thrown.code()).isEqualTo(ErrorCode.INVALID_IDENTITY_DOCUMENT);
        assertThat(IdentityDocument.check(type, number, CLOCK)).contains(problem);
    }

    @Test
    void allowsTypeOtherWithoutANumber() {
        IdentityDocument document = IdentityDocument.of(IdentityDocumentType.OTHER, null, CLOCK);

        assertThat(document.number()).isEmpty();
        assertThat(document).hasToString("其他");
    }

    @Test
    void givesTheIdentityNumberOfAResidentIdentityCardOnly() {
        IdentityDocument card = IdentityDocument.of(
                IdentityDocumentType.RESIDENT_IDENTITY_CARD, "340104201208151239", CLOCK);
        IdentityDocument passport = IdentityDocument.of(
                IdentityDocumentType.PASSPORT, "E12345678", CLOCK);

        assertThat(card.identityNumber()).map(IdentityNumber::value)
                .contains("340104201208151239");
        assertThat(passport.identityNumber()).isEmpty();
    }

    @Test
    void namesTheIdentityNumbersProblemWithoutTheNumber() {
        InvalidIdentityDocumentException thrown = catchThrowableOfType(
                InvalidIdentityDocumentException.class,
                () -> IdentityDocument.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        "110105194912310021", CLOCK));

        assertThat(thrown.identityNumberProblem())
                .contains(IdentityNumberProblem.CHECK_CHARACTER);
        assertThat(thrown.getMessage()).isEqualTo("居民身份证：居民身份证号码无效，身份证号码的校验码错误");
    }

    @Test
    void masksTheNumberInToString() {
        assertThat(IdentityDocument.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                "340104201208151239", CLOCK)).hasToString("居民身份证 340104********1239");
        assertThat(IdentityDocument.of(IdentityDocumentType.PASSPORT, "E12345678", CLOCK))
                .hasToString("护照 *****5678");
        assertThat(IdentityDocument.of(IdentityDocumentType.OTHER, "1234", CLOCK).maskedNumber())
                .isEqualTo("****");
    }

    @Test
    void parsesTheTypeCodeAndNumberOfAForm() {
        IdentityDocument document = IdentityDocument.parse("a", "e12345678");

        assertThat(document).isEqualTo(
                IdentityDocument.of(IdentityDocumentType.PASSPORT, "E12345678", CLOCK));
        assertThat(document.hashCode()).isEqualTo(
                IdentityDocument.of(IdentityDocumentType.PASSPORT, "E12345678", CLOCK).hashCode());
        assertThatThrownBy(() -> IdentityDocument.parse("X", "E12345678"))
                .isInstanceOfSatisfying(RegistryException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_CODE));
    }
}
