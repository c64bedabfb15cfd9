package org.xueji.registry.statistics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Lists;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditTarget;
import org.xueji.registry.calendar.AcademicCalendar;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Activity;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.code.Sex;
import org.xueji.registry.internal.Auditing;
import org.xueji.registry.internal.Calendars;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.spi.HolidayCalendar;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentTally;

/**
 * Statistics for an authority (统计报表) over its scope on a date: students by school, grade, sex
 * and status; classes by size band, with the classes above their stage's cap; and the submitted
 * students waiting for review, by age against the review deadline; and, over a period, the
 * completed student changes by kind.
 *
 * <p><b>Who.</b> An administrator of a province, city or county, over its own scope; a school's
 * actor is refused and the refusal audited. Deleted records are counted only for the county
 * that is their registry authority, the one scope of the three that sees them
 * ({@link Student#isVisibleTo}); a city's or the province's report leaves them out.
 *
 * <p><b>Year.</b> Grades are counted in the school year that contains the date by the calendar
 * policy, but never later than the stored calendar's current year: between the rollover day and
 * the rollover's completion, students are still in their old grades.
 *
 * <p><b>Class size</b> counts the students collected, submitted or registered in a class;
 * students in other statuses (suspended, and those whose registration ended) have no seat. Every
 * class of a school in the scope whose grade that year is 1 to 12 is counted, empty ones too.
 *
 * <p><b>Working days</b> are those of the storage's
 * {@link org.xueji.registry.spi.HolidayCalendar}: public holidays are not counted and the
 * weekend days worked in their place (调休) are. The age runs from the school's last
 * submission, as the audit trail records it.
 *
 * <p><b>Bounded reads.</b> Students are counted by a grouped store query
 * ({@link org.xueji.registry.spi.StudentStore#tallyWithin}), never read one by one; classes are
 * listed per school; only the pending students are read, with their submission times looked up
 * in chunks; completed change cases are counted by kind with a grouped query
 * ({@link #changes(Actor, LocalDate, LocalDate)}).
 *
 * <p>Obtain it from {@link org.xueji.registry.Registry#statistics()}. This class is
 * thread-safe.
 */
public final class Statistics {

    private static final Set<RegistrationStatus> SEATED = EnumSet.of(
            RegistrationStatus.COLLECTED, RegistrationStatus.SUBMITTED,
            RegistrationStatus.REGISTERED);
    private static final int CHUNK = 500;

    private final RegistryStorage storage;
    private final RegistryPolicy policy;
    private final Clock clock;
    private final Auditing auditing;
    private final Calendars calendars;

    /**
     * Creates the use cases over a storage; {@link org.xueji.registry.Registry} does this.
     *
     * @param storage  the storage, not null
     * @param policy  the province's rules, not null
     * @param clock  the source of the current time, not null
     */
    public Statistics(RegistryStorage storage, RegistryPolicy policy, Clock clock) {
        this.storage = requireNonNull(storage, "storage");
        this.policy = requireNonNull(policy, "policy");
        this.clock = requireNonNull(clock, "clock");
        this.auditing = new Auditing(storage, clock);
        this.calendars = new Calendars(storage.calendar(), storage.unitOfWork(),
                policy.calendar(), clock);
    }

    /**
     * Computes the statistics of the actor's scope on a date.
     *
     * @param actor  an authority's administrator, not null
     * @param date  the report's date, not null
     * @return the report, not null
     * @throws AccessDeniedException if the actor is a school's
     */
    public StatisticsReport report(Actor actor, LocalDate date) {
        requireNonNull(actor, "actor");
        requireNonNull(date, "date");
        requireAuthority(actor);
        Scope scope = actor.scope();
        AcademicCalendar calendar = calendars.current();
        AcademicYear year = calendar.policy().yearContaining(date);
        if (year.compareTo(calendar.currentYear()) > 0) {
            year = calendar.currentYear();
        }
        AcademicYear schoolYear = year;
        LocalDate deadline = calendar.policy().dates(schoolYear)
                .window(Activity.APPROVE_NEW_STUDENTS).upperEndpoint();
        return storage.unitOfWork().inTransaction(() -> {
            List<StudentTally> tallies = storage.students().tallyWithin(scope.division());
            return new StatisticsReport(scope, date, schoolYear,
                    students(scope, tallies, schoolYear), classes(scope, tallies, schoolYear),
                    pending(scope, date, deadline));
        });
    }

    /**
     * Counts the change cases of the actor's scope completed in a period, by kind.
     *
     * @param actor  an authority's administrator, not null
     * @param from  the first day of the period, not null
     * @param until  the last day of the period, included, not before the first, not null
     * @return the table, not null
     * @throws AccessDeniedException if the actor is a school's
     * @throws IllegalArgumentException if the period ends before it starts
     */
    public ChangeCounts changes(Actor actor, LocalDate from, LocalDate until) {
        requireNonNull(actor, "actor");
        requireNonNull(from, "from");
        requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        requireAuthority(actor);
        Scope scope = actor.scope();
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = until.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return storage.unitOfWork().inTransaction(() -> new ChangeCounts(scope, from, until,
                storage.changeCases().countCompletedWithin(scope.division(), start, end)));
    }

    private void requireAuthority(Actor actor) {
        Scope scope = actor.scope();
        if (!scope.level().isAuthority()) {
            throw auditing.refuse(actor, AuditAction.VIEW_STATISTICS, AuditTarget.of(
                    RecordKind.SCHOOL, scope.school().map(SchoolIdentifier::value).orElse(""),
                    scope), "：统计报表仅供学籍主管单位查看", "statistics are for authorities");
        }
    }

    private static StudentCounts students(Scope scope, List<StudentTally> tallies,
            AcademicYear year) {
        boolean seesDeleted = scope.level() == Scope.Level.COUNTY;
        Map<List<Object>, Long> cells = new HashMap<>();
        for (StudentTally tally : tallies) {
            if (tally.status() == RegistrationStatus.DELETED && !seesDeleted) {
                continue;
            }
            Grade grade = gradeOf(tally.classId().cohort(), year);
            List<Object> cell = new ArrayList<>(4);
            cell.add(tally.classId().school());
            cell.add(grade);
            cell.add(tally.sex());
            cell.add(tally.status());
            cells.merge(cell, tally.count(), Long::sum);
        }
        List<StudentCount> rows = new ArrayList<>();
        cells.forEach((cell, count) -> rows.add(new StudentCount((SchoolIdentifier) cell.get(0),
                (Grade) cell.get(1), (Sex) cell.get(2), (RegistrationStatus) cell.get(3),
                count)));
        rows.sort(Comparator.comparing(StudentCount::school)
                .thenComparing(StudentCount::grade, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(StudentCount::sex).thenComparing(StudentCount::status));
        return new StudentCounts(rows);
    }

    private ClassSizes classes(Scope scope, List<StudentTally> tallies, AcademicYear year) {
        Map<ClassId, Integer> seated = new HashMap<>();
        for (StudentTally tally : tallies) {
            if (SEATED.contains(tally.status())) {
                seated.merge(tally.classId(), Math.toIntExact(tally.count()), Integer::sum);
            }
        }
        List<ClassSize> sizes = new ArrayList<>();
        for (School school : storage.schools().listWithin(scope.division())) {
            for (SchoolClass schoolClass : storage.classes().listBySchool(school.identifier())) {
                Grade grade = gradeOf(schoolClass.id().cohort(), year);
                if (grade == null) {
                    continue;
                }
                SchoolStage stage = schoolClass.profile().schoolSystem().stageOf(grade.number());
                sizes.add(new ClassSize(schoolClass.id(), schoolClass.profile().name(), grade,
                        stage, seated.getOrDefault(schoolClass.id(), 0),
                        policy.classSizes().capOf(stage)));
            }
        }
        sizes.sort(Comparator.comparing(ClassSize::classId));
        return new ClassSizes(sizes);
    }

    private PendingReviews pending(Scope scope, LocalDate date, LocalDate deadline) {
        List<Student> submitted = storage.students()
                .listWithin(scope.division(), RegistrationStatus.SUBMITTED);
        Map<String, Instant> submittedAt = new HashMap<>();
        for (List<Student> chunk : Lists.partition(submitted, CHUNK)) {
            submittedAt.putAll(storage.auditTrail().lastDone(AuditAction.SUBMIT_STUDENT,
                    RecordKind.STUDENT, chunk.stream().map(s -> s.id().toString()).toList()));
        }
        HolidayCalendar holidays = storage.holidays();
        int left = date.isAfter(deadline) ? -workingDaysBetween(holidays, deadline, date)
                : workingDaysBetween(holidays, date, deadline);
        List<PendingReview> pending = new ArrayList<>();
        for (Student student : submitted) {
            Instant at = submittedAt.get(student.id().toString());
            LocalDate day = at == null ? null : LocalDate.ofInstant(at, clock.getZone());
            int age = day == null ? -1 : workingDaysBetween(holidays, day, date);
            pending.add(new PendingReview(student.id(), student.school(), day, age, left));
        }
        return new PendingReviews(deadline, pending);
    }

    /**
     * Counts the working days after one day up to and including another.
     */
    static int workingDaysBetween(HolidayCalendar calendar, LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    private static Grade gradeOf(AcademicYear cohort, AcademicYear year) {
        int number = cohort.yearsUntil(year) + 1;
        return number >= Grade.FIRST && number <= Grade.LAST ? Grade.of(number) : null;
    }
}
