package org.xueji.registry.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.enrollment.EnrollmentFixture.PRIMARY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.Sex;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;

class EnrollmentProperties {

    @Property(tries = 40)
    void everyFormGetsOneResultNoIdentityTwiceAndEveryRefusalNamesARule(
            @ForAll("batches") List<NewStudentForm> generated) {
        EnrollmentFixture fixture = new EnrollmentFixture();
        List<NewStudentForm> forms = new ArrayList<>(generated);
        if (!generated.isEmpty()) {
            forms.add(generated.get(0));
        }

        BatchResult batch = fixture.registry.enrollment().enrollAll(fixture.primary, PRIMARY,
                Grade.of(1), forms);

        assertThat(batch.results()).hasSameSizeAs(forms);
        assertThat(batch.accepted().size() + batch.refused().size()).isEqualTo(forms.size());
        assertThat(batch.results()).extracting(EnrollmentResult::index)
                .containsExactlyElementsOf(indexes(forms.size()));
        assertThat(batch.refused()).allSatisfy(result -> assertThat(result.refusals())
                .isNotEmpty().allSatisfy(refusal -> {
                    assertThat(refusal.rule()).isNotNull();
                    assertThat(refusal.code()).isNotNull();
                    assertThat(refusal.chineseMessage()).isNotBlank();
                }));
        List<Student> stored = fixture.registry.enrollment().list(fixture.primary, PRIMARY,
                RegistrationStatus.COLLECTED);
        assertThat(stored).hasSize(batch.accepted().size());
        assertThat(stored).extracting(Student::key).doesNotHaveDuplicates();
        assertThat(stored).extracting(Student::registryNumber).doesNotHaveDuplicates();
        assertThat(stored).extracting(Student::regionalNumber).doesNotHaveDuplicates();
    }

    @Provide
    Arbitrary<List<NewStudentForm>> batches() {
        Arbitrary<LocalDate> birthDates = Arbitraries.integers().between(0, 3 * 365)
                .map(days -> LocalDate.of(2017, 6, 1).plusDays(days));
        Arbitrary<Sex> sexes = Arbitraries.of(Sex.class);
        Arbitrary<Integer> sequences = Arbitraries.integers().between(0, 30);
        Arbitrary<String> breakages = Arbitraries.of("none", "none", "none", "ethnicity",
                "class", "inclusive", "sex");
        return Combinators.combine(birthDates, sexes, sequences, breakages)
                .as(EnrollmentProperties::form).list().ofMaxSize(25);
    }

    private static NewStudentForm form(LocalDate birth, Sex sex, int sequence, String broken) {
        NewStudentForm.Builder form = EnrollmentFixture.form("学生" + sequence, birth, sex,
                sequence);
        switch (broken) {
            case "ethnicity":
                return form.set(FormField.ETHNICITY, "未知族").build();
            case "class":
                return form.schoolClass("虚拟班").build();
            case "inclusive":
                return form.set(FormField.INCLUSIVE_CLASS, "视力残疾随班就读").build();
            case "sex":
                return form.sex(sex == Sex.MALE ? Sex.FEMALE : Sex.MALE).build();
            default:
                return form.build();
        }
    }

    private static List<Integer> indexes(int size) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            indexes.add(i);
        }
        return indexes;
    }
}
