package org.xueji.registry.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.Sex;

/**
 * A consumer that validates new-student forms with its own Bean Validation provider gets the
 * form's shape checked before the registry's rules run.
 */
class NewStudentFormValidationTest {

    private static final LocalDate BIRTH = LocalDate.of(2019, 10, 1);

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidator() {
        factory.close();
    }

    @Test
    void acceptsACompleteForm() {
        NewStudentForm form = EnrollmentFixture.form("王小明", BIRTH, Sex.MALE, 1).build();

        assertThat(validator.validate(form)).isEmpty();
    }

    @Test
    void namesEveryBlankOrUnknownFieldAtOnce() {
        NewStudentForm form = EnrollmentFixture.form("王小明", BIRTH, Sex.MALE, 1)
                .name(" ")
                .set(FormField.ETHNICITY, "火星族")
                .set(FormField.DISABILITY, "")
                .build();

        assertThat(invalidProperties(validator.validate(form)))
                .containsExactlyInAnyOrder("name", "ethnicity", "disability");
    }

    @Test
    void checksTheIdentityNumberOfAResidentIdentityCard() {
        String number = EnrollmentFixture.identityNumber(BIRTH, Sex.MALE, 1);
        String wrongCheck = number.substring(0, 17) + (number.endsWith("1") ? "2" : "1");
        NewStudentForm form = EnrollmentFixture.form("王小明", BIRTH, Sex.MALE, 1)
                .identityDocument(IdentityDocumentType.RESIDENT_IDENTITY_CARD, wrongCheck)
                .build();

        Set<ConstraintViolation<NewStudentForm>> violations = validator.validate(form);

        assertThat(invalidProperties(violations)).containsExactly("residentIdentityNumber");
        assertThat(violations.iterator().next().getMessage()).doesNotContain(wrongCheck);
    }

    @Test
    void leavesAPassportNumberToTheRegistryRules() {
        NewStudentForm form = EnrollmentFixture.form("王小明", BIRTH, Sex.MALE, 1)
                .identityDocument(IdentityDocumentType.PASSPORT, "E12345678")
                .build();

        assertThat(validator.validate(form)).isEmpty();
    }

    private static Set<String> invalidProperties(Set<ConstraintViolation<NewStudentForm>> found) {
        return found.stream()
                .map(violation -> violation.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }
}
