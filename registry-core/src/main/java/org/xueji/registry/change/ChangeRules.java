package org.xueji.registry.change;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.calendar.AcademicCalendar;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.SchoolYearDates;
import org.xueji.registry.calendar.Term;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.code.Sex;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;

/**
 * The rules of student changes, each a small check that returns a refusal or nothing. They read
 * nothing themselves: the use case hands them what they judge.
 */
final class ChangeRules {

    private final ChangePolicy policy;

    ChangeRules(ChangePolicy policy) {
        this.policy = policy;
    }

    Optional<ChangeRefusal> status(Student student, ChangeKind kind,
            Set<RegistrationStatus> allowed) {
        if (allowed.contains(student.status())) {
            return Optional.empty();
        }
        return Optional.of(new ChangeRefusal(ChangeRule.STATUS, ErrorCode.INVALID_STATUS,
                "学生" + student.details().name() + "的学籍状态为“"
                        + student.status().chineseName() + "”，不能办理" + kind.chineseName(),
                "Student " + student.id() + " is " + student.status().englishName()
                        + "; no " + kind.englishName() + " allowed"));
    }

    Optional<ChangeRefusal> route(ChangeKind kind, SchoolStage stage, Reach reach,
            Optional<ApprovalTable.Route> route) {
        if (route.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(ChangeRefusal.of(ChangeRule.ALLOWED_ROUTE,
                stage.chineseName() + "学生不能办理" + kind.chineseName() + "（"
                        + reach.chineseName() + "）",
                "No " + kind.englishName() + " for " + stage + " students " + reach.englishName()));
    }

    Optional<ChangeRefusal> noCompetingCase(ChangeKind kind, List<ChangeCase> open) {
        boolean competing = open.stream().anyMatch(c -> kind != ChangeKind.TRANSFER
                || c.kind() != ChangeKind.TRANSFER);
        if (!competing) {
            return Optional.empty();
        }
        ChangeCase other = open.stream().filter(c -> kind != ChangeKind.TRANSFER
                || c.kind() != ChangeKind.TRANSFER).findFirst().orElseThrow();
        return Optional.of(new ChangeRefusal(ChangeRule.NO_OPEN_CASE, ErrorCode.OPEN_CHANGE_CASE,
                "该学生有未办结的" + other.kind().chineseName() + "申请（" + other.id() + "）",
                "The student has an open " + other.kind().englishName() + " case " + other.id()));
    }

    Optional<ChangeRefusal> termStart(AcademicCalendar calendar, LocalDate today) {
        SchoolYearDates dates = calendar.currentDates();
        LocalDate start = calendar.termAt(today) == Term.FIRST
                ? dates.firstTermStart() : dates.secondTermStart();
        if (!today.isBefore(start) && today.isBefore(start.plusDays(policy.transferWindowDays()))) {
            return Optional.empty();
        }
        return Optional.of(ChangeRefusal.of(ChangeRule.TERM_START,
                "转学须在学期开始后" + policy.transferWindowDays() + "天内申请（本学期开始于" + start + "）",
                "A transfer is applied for within " + policy.transferWindowDays()
                        + " days of a term's start (this term started " + start + ")"));
    }

    Optional<ChangeRefusal> transferTarget(Student student, SchoolStage stage,
            SchoolClass target) {
        if (target.school().equals(student.school())) {
            return Optional.of(ChangeRefusal.of(ChangeRule.SAME_GRADE,
                    "转入学校与转出学校相同，请办理调班", "A transfer goes to another school"));
        }
        if (!target.id().cohort().equals(student.cohort())
                || target.profile().classType().stage() != stage) {
            return Optional.of(ChangeRefusal.of(ChangeRule.SAME_GRADE,
                    "转学不得改变年级：转入班级“" + target.profile().name() + "”不是该生所在年级",
                    "A transfer keeps the grade; class " + target.id() + " is of another grade"));
        }
        return Optional.empty();
    }

    Optional<ChangeRefusal> notGraduating(SchoolClass current, AcademicYear year) {
        int grade = current.id().cohort().yearsUntil(year) + 1;
        if (policy.graduatingClassTransfers()
                || !current.profile().schoolSystem().isFinalGrade(grade)) {
            return Optional.empty();
        }
        return Optional.of(ChangeRefusal.of(ChangeRule.NOT_GRADUATING,
                "毕业年级学生原则上不办理转学", "Students of a graduating class do not transfer"));
    }

    Optional<ChangeRefusal> suspensionLimit(SchoolStage stage, long earlier) {
        int max = policy.maxSuspensions(stage);
        if (earlier < max) {
            return Optional.empty();
        }
        return Optional.of(ChangeRefusal.of(ChangeRule.SUSPENSION_LIMIT,
                stage.chineseName() + "阶段休学最多" + max + "次，该生已休学" + earlier + "次",
                "At most " + max + " suspensions in " + stage + "; the student had " + earlier));
    }

    Optional<ChangeRefusal> suitableClass(Student student, SchoolStage stage, SchoolClass target,
            int minYearsLater, int maxYearsLater) {
        int yearsLater = student.cohort().yearsUntil(target.id().cohort());
        boolean fits = target.school().equals(student.school())
                && target.profile().classType().stage() == stage
                && yearsLater >= minYearsLater && yearsLater <= maxYearsLater;
        if (fits) {
            return Optional.empty();
        }
        return Optional.of(ChangeRefusal.of(ChangeRule.SUITABLE_CLASS,
                "班级“" + target.profile().name() + "”不适合该学生",
                "Class " + target.id() + " does not suit the student"));
    }

    Optional<ChangeRefusal> identityMatch(IdentityNumber number, LocalDate birthDate,
            Sex sex) {
        if (number.birthDate().equals(birthDate) && number.sex() == sex) {
            return Optional.empty();
        }
        return Optional.of(new ChangeRefusal(ChangeRule.IDENTITY_MATCH,
                ErrorCode.IDENTITY_MISMATCH,
                "出生日期或性别与身份证件号码" + number.masked() + "不符",
                "Birth date or sex disagrees with identity number " + number.masked()));
    }

    Optional<ChangeRefusal> uniqueIdentity(Optional<Student> holder, Student student) {
        if (holder.isEmpty() || holder.get().id().equals(student.id())) {
            return Optional.empty();
        }
        return Optional.of(new ChangeRefusal(ChangeRule.UNIQUE_IDENTITY, ErrorCode.DUPLICATE,
                "该身份证件号码已属于另一名学生（学籍号" + holder.get().registryNumber().masked() + "）",
                "The identity number belongs to another student ("
                        + holder.get().registryNumber().masked() + ")"));
    }

    Optional<ChangeRefusal> notFuture(LocalDate date, LocalDate today, String chineseField,
            String englishField) {
        if (!date.isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(ChangeRefusal.of(ChangeRule.DATE_NOT_FUTURE,
                chineseField + date + "晚于今天", englishField + " " + date + " is in the future"));
    }
}
