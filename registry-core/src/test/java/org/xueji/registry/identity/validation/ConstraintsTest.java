package org.xueji.registry.identity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueji.registry.identity.IdentityNumberProblem;
import org.xueji.registry.identity.RegionalNumberProblem;
import org.xueji.registry.identity.RegistryNumberProblem;

class ConstraintsTest {

    static ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    static final class StudentForm {
        @ValidIdentityNumber
        String identityNumber;
        @ValidRegistryNumber
        String registryNumber;
        @ValidRegionalStudentNumber
        String regionalNumber;
        @ValidDivisionCode
        String schoolLocation;
        @ValidIdentityNumber(message = "请核对身份证号")
        String guardianIdentityNumber;

        StudentForm(String identity, String registry, String regional, String location) {
            this.identityNumber = identity;
            this.registryNumber = registry;
            this.regionalNumber = regional;
            this.schoolLocation = location;
        }
    }

    @Test
    void acceptsAFormWithValidNumbers() {
        StudentForm form = new StudentForm("11010519491231002x", "G11010519491231002X",
                "3401042501210001", "340104");

        assertThat(validator.validate(form)).isEmpty();
    }

    @Test
    void acceptsAbsentValuesAsBeanValidationDoes() {
        assertThat(validator.validate(new StudentForm(null, "", " ", null))).isEmpty();
    }

    @Test
    void namesTheSpecificProblemOfEachField() {
        StudentForm form = new StudentForm("110105194912310021", "X11010519491231002X",
                "3401042501290001", "990104");

        Set<String> messages = validator.validate(form).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .collect(Collectors.toSet());

        assertThat(messages).containsExactlyInAnyOrder(
                "identityNumber: 身份证号码的校验码错误",
                "registryNumber: 学籍号应以G、J或L开头",
                "regionalNumber: 地区学号中的特征位无效",
                "schoolLocation: 行政区划代码无效");
    }

    @Test
    void rejectsAFutureBirthDate() {
        StudentForm form = new StudentForm("110105209912310021", null, null, null);

        assertThat(validator.validate(form)).extracting(ConstraintViolation::getMessage)
                .containsExactly("身份证号码中的出生日期晚于今天");
    }

    @Test
    void keepsTheMessageAUserGave() {
        StudentForm form = new StudentForm(null, null, null, null);
        form.guardianIdentityNumber = "123";

        assertThat(validator.validate(form)).extracting(ConstraintViolation::getMessage)
                .containsExactly("请核对身份证号");
    }

    @ParameterizedTest
    @EnumSource(IdentityNumberProblem.class)
    void bundlesTheSameMessageAsEachIdentityNumberProblem(IdentityNumberProblem problem) {
        assertThat(bundle().getString(key(problem))).isEqualTo(problem.chineseMessage());
    }

    @ParameterizedTest
    @EnumSource(RegistryNumberProblem.class)
    void bundlesTheSameMessageAsEachRegistryNumberProblem(RegistryNumberProblem problem) {
        assertThat(bundle().getString(key(problem))).isEqualTo(problem.chineseMessage());
    }

    @ParameterizedTest
    @EnumSource(RegionalNumberProblem.class)
    void bundlesTheSameMessageAsEachRegionalNumberProblem(RegionalNumberProblem problem) {
        assertThat(bundle().getString(key(problem))).isEqualTo(problem.chineseMessage());
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle("ContributorValidationMessages", Locale.ROOT);
    }

    private static String key(Enum<?> problem) {
        String braced = Violations.messageKey(problem);
        return braced.substring(1, braced.length() - 1);
    }
}
