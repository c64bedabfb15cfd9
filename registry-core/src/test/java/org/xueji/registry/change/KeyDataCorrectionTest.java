package org.xueji.registry.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.change.ChangeFixture.proof;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.code.Sex;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.identity.RegistryNumberKind;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentKey;

class KeyDataCorrectionTest {

    @Test
    void schoolAppliesAndAuthorityApprovesANameCorrection() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);

        ChangeCase applied = f.changes.applyCorrection(f.primaryBaohe, pupil.id(),
                new ChangeDetails.KeyDataCorrection("王小明", null, null, null), "户口本更名",
                proof());
        assertThat(applied.steps()).extracting(ApprovalStep::party)
                .containsExactly(Party.COUNTY_AUTHORITY);
        assertThat(f.student(pupil.id()).details().name()).isEqualTo(pupil.details().name());
        assertThatThrownBy(() -> f.changes.approve(f.jinghu, applied.id(), ""))
                .isInstanceOf(AccessDeniedException.class);
        f.changes.approve(f.baohe, applied.id(), "");

        assertThat(f.student(pupil.id()).details().name()).isEqualTo("王小明");
    }

    @Test
    void aReturnedCorrectionChangesNothing() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        ChangeCase applied = f.changes.applyCorrection(f.primaryBaohe, pupil.id(),
                new ChangeDetails.KeyDataCorrection("王小明", null, null, null), "户口本更名",
                proof());

        f.changes.returnCase(f.baohe, applied.id(), "证明不清晰");
        f.changes.withdraw(f.primaryBaohe, applied.id(), "不再更名");

        assertThat(f.student(pupil.id()).details().name()).isEqualTo(pupil.details().name());
    }

    @Test
    void aNewIdentityNumberReKeysTheStudentAndKeepsItsGNumber() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        IdentityNumber corrected = IdentityNumber.parse(ChangeFixture.identityNumber(
                pupil.details().birthDate(), pupil.details().sex(), 500));

        ChangeCase applied = f.changes.applyCorrection(f.primaryBaohe, pupil.id(),
                new ChangeDetails.KeyDataCorrection(null, null, null, corrected), "身份证号录错",
                proof());
        f.changes.approve(f.baohe, applied.id(), "");

        Student stored = f.student(pupil.id());
        assertThat(stored.key()).isEqualTo(StudentKey.ofIdentityNumber(corrected));
        assertThat(stored.registryNumber()).isEqualTo(pupil.registryNumber());
        assertThat(f.storage.students().findByKey(pupil.key())).isEmpty();
        assertThat(f.storage.students().findByKey(stored.key()).map(Student::id))
                .contains(pupil.id());
    }

    @Test
    void anIdentityNumberForAJNumberIssuesTheGNumberAndKeepsTheOldOneInHistory() {
        ChangeFixture f = new ChangeFixture();
        Student template = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE,
                f.baohe);
        RegistryNumber jNumber = RegistryNumber.assigned(ChangeFixture.BAOHE,
                template.details().birthDate(), 7);
        Student pupil = f.copyInto(template, f.baoheOneB);
        Student withJ = f.storage.unitOfWork().inTransaction(() -> f.storage.students()
                .update(pupil.toBuilder().registryNumber(jNumber).identityDocument(null)
                        .build()));
        IdentityNumber found = IdentityNumber.parse(ChangeFixture.identityNumber(
                withJ.details().birthDate(), withJ.details().sex(), 600));

        ChangeCase applied = f.changes.applyCorrection(f.primaryBaohe, withJ.id(),
                new ChangeDetails.KeyDataCorrection(null, null, null, found), "补录身份证号",
                proof());
        f.changes.approve(f.baohe, applied.id(), "");

        Student stored = f.student(withJ.id());
        assertThat(stored.registryNumber().kind()).isEqualTo(RegistryNumberKind.G);
        assertThat(stored.registryNumber().identityNumber()).contains(found);
        assertThat(f.changes.history(f.primaryBaohe, withJ.id())
                .entriesOf(HistoryKind.REGISTRY_NUMBER_CHANGE)).singleElement()
                .satisfies(entry -> assertThat(entry.facts())
                        .containsEntry("from", jNumber.value())
                        .containsEntry("to", "G" + found.value()));
    }

    @Test
    void refusesAnIdentityNumberThatIsAnotherStudents() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        Student other = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        IdentityNumber taken = other.identityDocument().orElseThrow().identityNumber()
                .orElseThrow();

        assertThatThrownBy(() -> f.changes.applyCorrection(f.primaryBaohe, pupil.id(),
                new ChangeDetails.KeyDataCorrection(null, taken.sex(), taken.birthDate(), taken),
                "身份证号录错", proof()))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.DUPLICATE);
    }

    @Test
    void refusesABirthDateOrSexThatDisagreesWithTheIdentityNumber() {
        ChangeFixture f = new ChangeFixture();
        Student pupil = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        Sex otherSex = pupil.details().sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE;

        assertThatThrownBy(() -> f.changes.applyCorrection(f.primaryBaohe, pupil.id(),
                new ChangeDetails.KeyDataCorrection(null, null, LocalDate.of(2019, 4, 1), null),
                "生日录错", proof()))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.IDENTITY_MISMATCH);
        assertThatThrownBy(() -> f.changes.applyCorrection(f.primaryBaohe, pupil.id(),
                new ChangeDetails.KeyDataCorrection(null, otherSex, null, null),
                "性别录错", proof()))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.IDENTITY_MISMATCH);
    }
}
