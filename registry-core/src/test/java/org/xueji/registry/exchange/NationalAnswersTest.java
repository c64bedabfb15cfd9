package org.xueji.registry.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.change.HistoryKind;
import org.xueji.registry.code.Sex;
import org.xueji.registry.event.RegistryNumberReplaced;
import org.xueji.registry.fixture.ExchangeFixture;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.problem.ProblemKind;
import org.xueji.registry.problem.ProblemRecord;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;

class NationalAnswersTest {

    private final ExchangeFixture fixture = new ExchangeFixture();
    private final Exchange exchange = fixture.registry.exchange();

    @Test
    void aGNumberReplacesTheTemporaryOneAndTheHistoryKeepsIt() {
        Student student = temporary(Sex.MALE, 11);
        RegistryNumber temporary = student.registryNumber();
        RegistryNumber issued = RegistryNumber.of(student.identityDocument().orElseThrow()
                .identityNumber().orElseThrow());

        List<AnswerOutcome> outcomes = exchange.applyIssuedNumbers(fixture.baohe,
                List.of(new IssuedNumber(temporary, issued)));
        List<AnswerOutcome> again = exchange.applyIssuedNumbers(fixture.baohe,
                List.of(new IssuedNumber(temporary, issued), new IssuedNumber(issued, issued)));

        assertThat(outcomes).extracting(AnswerOutcome::result)
                .containsExactly(AnswerResult.REPLACED);
        assertThat(again).extracting(AnswerOutcome::result)
                .containsExactly(AnswerResult.ALREADY_APPLIED, AnswerResult.CONFIRMED);
        assertThat(fixture.storage.students().find(student.id()).orElseThrow().registryNumber())
                .isEqualTo(issued);
        assertThat(fixture.storage.students().findByRegistryNumber(temporary)).isEmpty();
        assertThat(exchange.numberHistory(fixture.primary, student.id()))
                .singleElement().satisfies(change -> {
                    assertThat(change.former()).isEqualTo(temporary);
                    assertThat(change.current()).isEqualTo(issued);
                    assertThat(change.account()).isEqualTo("baohe");
                });
        assertThat(fixture.storage.history().list(student.id())).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.kind()).isEqualTo(HistoryKind.REGISTRY_NUMBER_CHANGE);
                    assertThat(entry.facts()).containsEntry("from", temporary.value())
                            .containsEntry("to", issued.value());
                });
        assertThat(fixture.storage.events().published()).last()
                .isInstanceOf(RegistryNumberReplaced.class);
        assertThat(exchange.changesSince(fixture.primary, 0, 100).records())
                .extracting(record -> record.get(NationalField.REGISTRY_NUMBER))
                .contains(issued.value());
    }

    @Test
    void aNumberHeldOrOnceHeldByAnotherStudentIsRefused() {
        Student first = temporary(Sex.MALE, 12);
        Student second = temporary(Sex.FEMALE, 13);
        RegistryNumber firstIssued = RegistryNumber.of(first.identityDocument().orElseThrow()
                .identityNumber().orElseThrow());
        exchange.applyIssuedNumbers(fixture.baohe,
                List.of(new IssuedNumber(first.registryNumber(), firstIssued)));
        Student secondWithoutDocument = fixture.storage.students().update(
                fixture.storage.students().find(second.id()).orElseThrow().toBuilder()
                        .identityDocument(null).build());

        List<AnswerOutcome> outcomes = exchange.applyIssuedNumbers(fixture.baohe, List.of(
                new IssuedNumber(secondWithoutDocument.registryNumber(), firstIssued),
                new IssuedNumber(secondWithoutDocument.registryNumber(),
                        first.registryNumber()),
                new IssuedNumber(RegistryNumber.temporary(ExchangeFixture.BAOHE,
                        java.time.LocalDate.of(2018, 1, 1), 1), firstIssued)));

        assertThat(outcomes).extracting(AnswerOutcome::code).containsExactly(
                ErrorCode.DUPLICATE, ErrorCode.INVALID_REGISTRY_NUMBER, ErrorCode.NOT_FOUND);
        assertThat(fixture.storage.students().find(second.id()).orElseThrow().registryNumber())
                .isEqualTo(second.registryNumber());
        assertThat(fixture.storage.registryNumberHistory().list(second.id())).isEmpty();
    }

    @Test
    void anotherCountyMayNotApplyAnswersForBaohesStudents() {
        Student student = temporary(Sex.MALE, 14);
        RegistryNumber issued = RegistryNumber.of(student.identityDocument().orElseThrow()
                .identityNumber().orElseThrow());

        List<AnswerOutcome> outcomes = exchange.applyIssuedNumbers(fixture.jinghu,
                List.of(new IssuedNumber(student.registryNumber(), issued)));

        assertThat(outcomes).extracting(AnswerOutcome::code)
                .containsExactly(ErrorCode.ACCESS_DENIED);
        assertThat(outcomes.get(0).chineseMessage())
                .contains(student.registryNumber().masked())
                .doesNotContain(student.registryNumber().value())
                .doesNotContain(student.id().toString());
        assertThat(fixture.storage.registryNumberHistory().list(student.id())).isEmpty();
    }

    @Test
    void nationallyFlaggedProblemsLandOnTheQueueOnce() {
        Student a = fixture.enroll(fixture.primary, fixture.gradeOne, "甲生", Sex.MALE, 1);
        Student b = fixture.enroll(fixture.primary, fixture.gradeOne, "乙生", Sex.FEMALE, 2);
        List<NationalProblem> answer = List.of(
                new NationalProblem(a.registryNumber(), ProblemKind.NATIONAL_DUPLICATE,
                        b.registryNumber()),
                new NationalProblem(b.registryNumber(), ProblemKind.POPULATION_REGISTER_MISMATCH,
                        null));

        List<AnswerOutcome> first = exchange.recordProblems(fixture.baohe, answer);
        List<AnswerOutcome> second = exchange.recordProblems(fixture.baohe, answer);
        List<AnswerOutcome> elsewhere = exchange.recordProblems(fixture.jinghu, answer);

        assertThat(first).extracting(AnswerOutcome::result)
                .containsExactly(AnswerResult.RECORDED, AnswerResult.RECORDED);
        assertThat(second).extracting(AnswerOutcome::result)
                .containsExactly(AnswerResult.ALREADY_APPLIED, AnswerResult.ALREADY_APPLIED);
        assertThat(elsewhere).extracting(AnswerOutcome::code)
                .containsExactly(ErrorCode.ACCESS_DENIED, ErrorCode.ACCESS_DENIED);
        assertThat(fixture.registry.problems().list(fixture.primary))
                .extracting(ProblemRecord::kind, ProblemRecord::student,
                        ProblemRecord::relatedStudent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.NATIONAL_DUPLICATE,
                                a.id(), b.id()),
                        org.assertj.core.groups.Tuple.tuple(
                                ProblemKind.POPULATION_REGISTER_MISMATCH, b.id(), null));
    }

    private Student temporary(Sex sex, int digits) {
        Student inserted = fixture.insert(fixture.gradeThree, sex, RegistrationStatus.REGISTERED);
        return fixture.storage.students().update(inserted.toBuilder()
                .registryNumber(RegistryNumber.temporary(ExchangeFixture.BAOHE,
                        inserted.details().birthDate(), digits))
                .build());
    }
}
