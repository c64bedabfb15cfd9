package org.xueji.registry.code.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.CodeTable;
import org.xueji.registry.code.Ethnicity;

class ValidCodeTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    static final class Form {
        @ValidCode(table = Ethnicity.class)
        final String ethnicity;

        @ValidCode(table = ClassType.class, message = "班级类型填写有误")
        final CharSequence classType;

        final List<@ValidCode(table = Ethnicity.class) String> guardianEthnicities;

        Form(String ethnicity, CharSequence classType, List<String> guardianEthnicities) {
            this.ethnicity = ethnicity;
            this.classType = classType;
            this.guardianEthnicities = guardianEthnicities;
        }
    }

    static final class BrokenForm {
        @ValidCode(table = NotAnEnum.class)
        final String value = "1";
    }

    static final class NotAnEnum implements CodeTable {
        @Override
        public String code() {
            return "1";
        }

        @Override
        public String chineseName() {
            return "一";
        }
    }

    @Test
    void acceptsNullCodesNamesAndAliases() {
        assertThat(validator.validate(new Form(null, null, List.of()))).isEmpty();
        assertThat(validator.validate(new Form("汉", "普通初中班", List.of("01", "1", "回族"))))
                .isEmpty();
        assertThat(validator.validate(new Form(" ０１ ", "10", List.of()))).isEmpty();
    }

    @Test
    void rejectsAValueOutsideTheTableWithAChineseMessageNamingTheTable() {
        Set<ConstraintViolation<Form>> violations =
                validator.validate(new Form("火星族", "10", List.of()));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("ethnicity");
            assertThat(violation.getMessage()).isEqualTo("不是民族代码表中的代码或名称");
            assertThat(violation.getInvalidValue()).isEqualTo("火星族");
        });
    }

    @Test
    void keepsAMessageGivenOnTheAnnotation() {
        assertThat(validator.validate(new Form("汉族", "99", List.of())))
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("班级类型填写有误");
    }

    @Test
    void checksEveryElementOfAContainer() {
        assertThat(validator.validate(new Form("汉族", "10", List.of("汉", "", "火星"))))
                .hasSize(2)
                .allSatisfy(violation -> assertThat(violation.getMessage())
                        .isEqualTo("不是民族代码表中的代码或名称"));
    }

    @Test
    void refusesATableThatIsNotAnEnum() {
        assertThatThrownBy(() -> validator.validate(new BrokenForm()))
                .isInstanceOf(ValidationException.class)
                .hasStackTraceContaining("must be an enum");
    }
}
