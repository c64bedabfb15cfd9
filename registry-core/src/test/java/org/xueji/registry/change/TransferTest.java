package org.xueji.registry.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.change.ChangeFixture.proof;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;

class TransferTest {

    /**
     * A transfer route: who the student is, where it goes, who applies and who approves in
     * order, with the party of each step.
     */
    record Route(String name, Function<ChangeFixture, Student> student,
            Function<ChangeFixture, SchoolClass> target, Function<ChangeFixture, Actor> applicant,
            Function<ChangeFixture, List<Actor>> approvers, List<Party> parties) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Route> routes() {
        return Stream.of(
                new Route("primary within one county",
                        f -> f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE,
                                f.baohe),
                        f -> f.baohe2One, f -> f.primaryBaohe2,
                        f -> List.of(f.primaryBaohe, f.baohe),
                        List.of(Party.SENDING_SCHOOL, Party.SENDING_AUTHORITY)),
                new Route("primary across counties",
                        f -> f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE,
                                f.baohe),
                        f -> f.shushanOne, f -> f.primaryShushan,
                        f -> List.of(f.shushan, f.primaryBaohe, f.baohe),
                        List.of(Party.RECEIVING_AUTHORITY, Party.SENDING_SCHOOL,
                                Party.SENDING_AUTHORITY)),
                new Route("primary across cities",
                        f -> f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE,
                                f.baohe),
                        f -> f.jinghuOne, f -> f.primaryJinghu,
                        f -> List.of(f.jinghu, f.primaryBaohe, f.baohe),
                        List.of(Party.RECEIVING_AUTHORITY, Party.SENDING_SCHOOL,
                                Party.SENDING_AUTHORITY)),
                new Route("senior across counties",
                        f -> f.registeredSenior(f.seniorBaohe, ChangeFixture.SENIOR_BAOHE,
                                f.baohe),
                        f -> f.seniorShushanTen, f -> f.seniorShushan,
                        f -> List.of(f.shushan, f.seniorBaohe, f.baohe),
                        List.of(Party.RECEIVING_AUTHORITY, Party.SENDING_SCHOOL,
                                Party.SENDING_AUTHORITY)),
                new Route("senior across cities",
                        f -> f.registeredSenior(f.seniorBaohe, ChangeFixture.SENIOR_BAOHE,
                                f.baohe),
                        f -> f.seniorJinghuTen, f -> f.seniorJinghu,
                        f -> List.of(f.jinghu, f.wuhu, f.seniorBaohe, f.baohe, f.hefei),
                        List.of(Party.RECEIVING_AUTHORITY, Party.RECEIVING_CITY_AUTHORITY,
                                Party.SENDING_SCHOOL, Party.SENDING_AUTHORITY,
                                Party.SENDING_CITY_AUTHORITY)));
    }

    static Stream<Arguments> stepsOfRoutes() {
        return routes().flatMap(route -> IntStream.range(0, route.parties().size())
                .mapToObj(step -> Arguments.of(route, step)));
    }

    @ParameterizedTest
    @MethodSource("routes")
    void completesThroughEveryApproverAndMovesTheStudentKeepingItsNumbers(Route route) {
        ChangeFixture f = new ChangeFixture();
        Student student = route.student().apply(f);
        SchoolClass target = route.target().apply(f);

        ChangeCase applied = f.changes.applyTransfer(route.applicant().apply(f), student.id(),
                target.id(), "随父母工作调动", proof());

        assertThat(applied.steps()).extracting(ApprovalStep::party)
                .containsExactlyElementsOf(route.parties());
        ChangeCase current = applied;
        List<Actor> approvers = route.approvers().apply(f);
        for (int i = 0; i < approvers.size(); i++) {
            assertThat(current.state()).isEqualTo(i == 0 ? CaseState.APPLIED : CaseState.APPROVING);
            current = f.changes.approve(approvers.get(i), current.id(), "同意");
        }
        assertThat(current.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(current.steps()).allMatch(step -> step.decision() == Decision.APPROVED);
        Student moved = f.student(student.id());
        assertThat(moved.school()).isEqualTo(target.school());
        assertThat(moved.classId()).isEqualTo(target.id());
        assertThat(moved.place().school()).contains(target.school());
        assertThat(moved.registryNumber()).isEqualTo(student.registryNumber());
        assertThat(moved.regionalNumber()).isEqualTo(student.regionalNumber());
        assertThat(moved.status()).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @ParameterizedTest
    @MethodSource("stepsOfRoutes")
    void returnAtAnyStepGoesBackToTheApplicantWhoResubmitsOrWithdraws(Route route, int step) {
        ChangeFixture f = new ChangeFixture();
        Student student = route.student().apply(f);
        Actor applicant = route.applicant().apply(f);
        List<Actor> approvers = route.approvers().apply(f);
        ChangeCase current = f.changes.applyTransfer(applicant, student.id(),
                route.target().apply(f).id(), "随父母工作调动", proof());
        for (int i = 0; i < step; i++) {
            current = f.changes.approve(approvers.get(i), current.id(), "");
        }

        ChangeCase returned = f.changes.returnCase(approvers.get(step), current.id(), "材料不全");

        assertThat(returned.state()).isEqualTo(CaseState.RETURNED);
        assertThat(returned.steps().get(step).decision()).isEqualTo(Decision.RETURNED);
        assertThat(returned.note()).isEqualTo("材料不全");
        assertThatThrownBy(() -> f.changes.approve(approvers.get(step), returned.id(), ""))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.CASE_STATE);
        ChangeCase resubmitted = f.changes.resubmit(applicant, returned.id(), "已补充材料");
        assertThat(resubmitted.state()).isEqualTo(CaseState.APPLIED);
        assertThat(resubmitted.currentStepIndex()).hasValue(0);
        ChangeCase withdrawn = f.changes.withdraw(applicant, resubmitted.id(), "家长改变主意");
        assertThat(withdrawn.state()).isEqualTo(CaseState.WITHDRAWN);
        assertThat(f.student(student.id()).school()).isEqualTo(student.school());
    }

    @Test
    void refusesSeniorTransferWithinOneCounty() {
        ChangeFixture f = new ChangeFixture();
        Student student = f.registeredSenior(f.seniorBaohe, ChangeFixture.SENIOR_BAOHE, f.baohe);

        assertThatThrownBy(() -> f.changes.applyTransfer(f.seniorBaohe2, student.id(),
                f.seniorBaohe2Ten.id(), "就近入学", proof()))
                .isInstanceOfSatisfying(ChangeRefusal.ChangeRefusedException.class, ex ->
                        assertThat(ex.refusal().rule()).isEqualTo(ChangeRule.ALLOWED_ROUTE));
    }

    @Test
    void completedTransferWithdrawsCompetingCasesWithAReason() {
        ChangeFixture f = new ChangeFixture();
        Student student = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        ChangeCase first = f.changes.applyTransfer(f.primaryBaohe2, student.id(),
                f.baohe2One.id(), "就近入学", proof());
        ChangeCase second = f.changes.applyTransfer(f.primaryShushan, student.id(),
                f.shushanOne.id(), "随迁", proof());

        f.changes.approve(f.primaryBaohe, first.id(), "");
        f.changes.approve(f.baohe, first.id(), "");

        ChangeCase competitor = f.changes.find(f.primaryShushan, second.id());
        assertThat(competitor.state()).isEqualTo(CaseState.WITHDRAWN);
        assertThat(competitor.note()).contains(first.id().toString());
        assertThat(f.changes.inbox(f.shushan)).isEmpty();
    }

    @Test
    void rejectsTransferWhileSuspended() {
        ChangeFixture f = new ChangeFixture();
        Student student = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        ChangeCase suspension = f.changes.applySuspension(f.primaryBaohe, student.id(),
                LocalDate.of(2025, 9, 1), "病休", proof());
        f.changes.approve(f.baohe, suspension.id(), "");

        assertThatThrownBy(() -> f.changes.applyTransfer(f.primaryBaohe2, student.id(),
                f.baohe2One.id(), "就近入学", proof()))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.INVALID_STATUS);
    }

    @Test
    void rejectsTransferAfterTheTermStartWindow() {
        ChangeFixture f = new ChangeFixture();
        Student student = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        f.clock.setDay(LocalDate.of(2025, 10, 1));

        assertThatThrownBy(() -> f.changes.applyTransfer(f.primaryBaohe2, student.id(),
                f.baohe2One.id(), "就近入学", proof()))
                .isInstanceOfSatisfying(ChangeRefusal.ChangeRefusedException.class, ex ->
                        assertThat(ex.refusal().rule()).isEqualTo(ChangeRule.TERM_START));
    }

    @Test
    void acceptsTransferOnTheLastDayOfTheWindow() {
        ChangeFixture f = new ChangeFixture();
        Student student = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        f.clock.setDay(LocalDate.of(2025, 9, 30));

        assertThat(f.changes.applyTransfer(f.primaryBaohe2, student.id(), f.baohe2One.id(),
                "就近入学", proof()).state()).isEqualTo(CaseState.APPLIED);
    }

    @Test
    void rejectsTransferIntoAnotherGrade() {
        ChangeFixture f = new ChangeFixture();
        Student student = f.registeredPupil(f.primaryBaohe2, ChangeFixture.PRIMARY_BAOHE_2,
                f.baohe);

        assertThatThrownBy(() -> f.changes.applyTransfer(f.primaryBaohe, student.id(),
                f.baoheTwo.id(), "就近入学", proof()))
                .isInstanceOfSatisfying(ChangeRefusal.ChangeRefusedException.class, ex ->
                        assertThat(ex.refusal().rule()).isEqualTo(ChangeRule.SAME_GRADE));
    }

    @Test
    void rejectsTransferOfAGraduatingClassUnlessThePolicyAllowsIt() {
        ChangeFixture f = new ChangeFixture();
        Student template = f.registeredSenior(f.seniorBaohe, ChangeFixture.SENIOR_BAOHE, f.baohe);
        Student graduating = f.copyInto(template, f.seniorBaoheTwelve);

        assertThatThrownBy(() -> f.changes.applyTransfer(f.seniorShushan, graduating.id(),
                f.seniorShushanTwelve.id(), "随迁", proof()))
                .isInstanceOfSatisfying(ChangeRefusal.ChangeRefusedException.class, ex ->
                        assertThat(ex.refusal().rule()).isEqualTo(ChangeRule.NOT_GRADUATING));

        ChangeFixture lenient = new ChangeFixture(RegistryPolicy.anhui().withChanges(
                ChangePolicy.anhui().withGraduatingClassTransfers(true)));
        Student other = lenient.copyInto(lenient.registeredSenior(lenient.seniorBaohe,
                ChangeFixture.SENIOR_BAOHE, lenient.baohe), lenient.seniorBaoheTwelve);
        assertThat(lenient.changes.applyTransfer(lenient.seniorShushan, other.id(),
                lenient.seniorShushanTwelve.id(), "随迁", proof()).state())
                .isEqualTo(CaseState.APPLIED);
    }

    @Test
    void aSchoolCannotApproveForAnotherSchool() {
        ChangeFixture f = new ChangeFixture();
        Student student = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        ChangeCase applied = f.changes.applyTransfer(f.primaryBaohe2, student.id(),
                f.baohe2One.id(), "就近入学", proof());

        assertThatThrownBy(() -> f.changes.approve(f.primaryBaohe2, applied.id(), ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.changes.approve(f.primaryShushan, applied.id(), ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.changes.find(f.primaryBaohe, applied.id()).state())
                .isEqualTo(CaseState.APPLIED);
    }

    @Test
    void anAuthorityCannotActOutsideItsAreaNorForTheCountyBelowIt() {
        ChangeFixture f = new ChangeFixture();
        Student student = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        ChangeCase applied = f.changes.applyTransfer(f.primaryShushan, student.id(),
                f.shushanOne.id(), "随迁", proof());

        assertThatThrownBy(() -> f.changes.approve(f.baohe, applied.id(), ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.changes.approve(f.jinghu, applied.id(), ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.changes.returnCase(f.hefei, applied.id(), "不同意"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.changes.find(f.jinghu, applied.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.changes.approve(f.shushan, applied.id(), "").state())
                .isEqualTo(CaseState.APPROVING);
    }

    @Test
    void onlyTheReceivingSchoolAppliesAndOnlyTheApplicantWithdraws() {
        ChangeFixture f = new ChangeFixture();
        Student student = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);

        assertThatThrownBy(() -> f.changes.applyTransfer(f.primaryShushan, student.id(),
                f.baohe2One.id(), "就近入学", proof()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.changes.applyTransfer(f.baohe, student.id(),
                f.baohe2One.id(), "就近入学", proof()))
                .isInstanceOf(AccessDeniedException.class);
        ChangeCase applied = f.changes.applyTransfer(f.primaryBaohe2, student.id(),
                f.baohe2One.id(), "就近入学", proof());
        assertThatThrownBy(() -> f.changes.withdraw(f.primaryBaohe, applied.id(), "不想转"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void inboxesListTheCasesWaitingForEachApprover() {
        ChangeFixture f = new ChangeFixture();
        Student student = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        ChangeCase applied = f.changes.applyTransfer(f.primaryShushan, student.id(),
                f.shushanOne.id(), "随迁", proof());

        assertThat(f.changes.inbox(f.shushan)).extracting(ChangeCase::id)
                .containsExactly(applied.id());
        assertThat(f.changes.inbox(f.hefei)).isEmpty();
        assertThat(f.changes.inbox(f.primaryBaohe)).isEmpty();
        f.changes.approve(f.shushan, applied.id(), "");
        assertThat(f.changes.inbox(f.primaryBaohe)).extracting(ChangeCase::id)
                .containsExactly(applied.id());
        assertThat(f.changes.inbox(f.shushan)).isEmpty();
    }

    @Test
    void aDecisionOnAStaleCaseFails() {
        ChangeFixture f = new ChangeFixture();
        Student student = f.registeredPupil(f.primaryBaohe, ChangeFixture.PRIMARY_BAOHE, f.baohe);
        ChangeCase applied = f.changes.applyTransfer(f.primaryBaohe2, student.id(),
                f.baohe2One.id(), "就近入学", proof());
        f.changes.approve(f.primaryBaohe, applied.id(), "");

        assertThatThrownBy(() -> f.storage.unitOfWork().inTransaction(
                () -> f.storage.changeCases().update(applied)))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.STALE_VERSION);
    }
}
