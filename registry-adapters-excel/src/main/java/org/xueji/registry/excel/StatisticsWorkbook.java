package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.Registry;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.change.ChangeKind;
import org.xueji.registry.code.Sex;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.statistics.ChangeCounts;
import org.xueji.registry.statistics.ClassSize;
import org.xueji.registry.statistics.ClassSizeBand;
import org.xueji.registry.statistics.PendingReview;
import org.xueji.registry.statistics.PendingReviews;
import org.xueji.registry.statistics.ReviewAgeBand;
import org.xueji.registry.statistics.StatisticsReport;
import org.xueji.registry.statistics.StudentCount;
import org.xueji.registry.student.RegistrationStatus;

/**
 * Writes an authority's statistics (统计报表) as a workbook, one sheet per table, each headed by
 * the table's name and a line with the scope, the report's date and school year (and, for the
 * changes, the period), then its Chinese column headers. Counts are numeric cells.
 *
 * <ul>
 *   <li>{@value #STUDENTS}: one row per school, grade and registration status with its students
 *       in all, boys and girls; a subtotal row (小计) after each school; then a total row (总计)
 *       per status and the grand total. A cohort not in grades 1 to 12 in the report's year is
 *       shown as {@value #NO_GRADE}.
 *   <li>{@value #CLASS_BANDS}: the classes in each national size band (45 and under, 46-55,
 *       56-65 large, 66 and over oversized) and in all.
 *   <li>{@value #ABOVE_CAP}: every class above its stage's cap, with its size, cap and excess.
 *   <li>{@value #CHANGES}: the change cases completed in the period, by kind, every kind listed,
 *       and in all.
 *   <li>{@value #PENDING}: the submitted students waiting for the authority, by age band in
 *       working days, with how many are past the review deadline, and in all.
 * </ul>
 *
 * <p>School names and the authority's name come from the registry when the workbook is written
 * by {@link #write(Registry, Actor, LocalDate, LocalDate, LocalDate, Path)}; written from the
 * report objects alone, the scope is named by its division code and the school-name column
 * stays empty.
 *
 * <p>This class is thread-safe.
 */
public final class StatisticsWorkbook {

    /** The name of the students sheet. */
    public static final String STUDENTS = "学生数统计";
    /** The name of the class-size band sheet. */
    public static final String CLASS_BANDS = "班额统计";
    /** The name of the sheet of classes above their cap. */
    public static final String ABOVE_CAP = "超班额班级";
    /** The name of the changes sheet. */
    public static final String CHANGES = "学籍变动统计";
    /** The name of the pending-review sheet. */
    public static final String PENDING = "待审核学籍";
    /** The label of a cohort outside grades 1 to 12 in the report's year. */
    public static final String NO_GRADE = "非在读年级";
    /** The label of a subtotal row. */
    public static final String SUBTOTAL = "小计";
    /** The label of a total row. */
    public static final String TOTAL = "总计";

    private static final Logger LOG = LoggerFactory.getLogger(StatisticsWorkbook.class);
    private static final String ALL = "合计";

    private StatisticsWorkbook() {
    }

    /**
     * Computes the statistics of the actor's scope and writes them, naming the scope and the
     * schools from the registry.
     *
     * @param registry  the registry, not null
     * @param actor  an authority's administrator, not null
     * @param date  the report's date, not null
     * @param from  the first day of the changes' period, not null
     * @param until  the last day of the changes' period, included, not null
     * @param file  the .xlsx file to write, replaced if it exists, not null
     * @throws AccessDeniedException if the actor is a school's
     * @throws IllegalArgumentException if the period ends before it starts
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void write(Registry registry, Actor actor, LocalDate date, LocalDate from,
            LocalDate until, Path file) {
        requireNonNull(registry, "registry");
        requireNonNull(file, "file");
        StatisticsReport report = registry.statistics().report(actor, date);
        ChangeCounts changes = registry.statistics().changes(actor, from, until);
        Map<SchoolIdentifier, String> schools = new HashMap<>();
        for (School school : registry.organisations().listSchools(actor)) {
            schools.put(school.identifier(), school.profile().name());
        }
        String scope = registry.organisations().listAuthorities(actor).stream()
                .filter(authority -> authority.division().equals(actor.scope().division()))
                .map(authority -> authority.profile().name()).findFirst()
                .map(name -> name + "（" + actor.scope().division().value() + "）")
                .orElseGet(() -> scopeName(actor.scope()));
        try (XlsxWriter writer = XlsxWriter.create(file)) {
            new Sheets(writer, report, changes, scope, schools).write();
        }
        LOG.info("Statistics of {} on {} written to {}", actor.scope(), date, file.getFileName());
    }

    /**
     * Writes a report and a changes table to a file.
     *
     * @param report  the report, not null
     * @param changes  the changes of a period, of the report's scope, not null
     * @param file  the .xlsx file to write, replaced if it exists, not null
     * @throws IllegalArgumentException if the two tables count different scopes
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void write(StatisticsReport report, ChangeCounts changes, Path file) {
        checkScopes(report, changes);
        try (XlsxWriter writer = XlsxWriter.create(requireNonNull(file, "file"))) {
            new Sheets(writer, report, changes, scopeName(report.scope()), Map.of()).write();
        }
    }

    /**
     * Writes a report and a changes table to a stream, and closes the stream.
     *
     * @param report  the report, not null
     * @param changes  the changes of a period, of the report's scope, not null
     * @param out  the stream, not null
     * @throws IllegalArgumentException if the two tables count different scopes
     * @throws java.io.UncheckedIOException if writing fails
     */
    public static void write(StatisticsReport report, ChangeCounts changes, OutputStream out) {
        checkScopes(report, changes);
        try (XlsxWriter writer = XlsxWriter.create(requireNonNull(out, "out"))) {
            new Sheets(writer, report, changes, scopeName(report.scope()), Map.of()).write();
        }
    }

    private static void checkScopes(StatisticsReport report, ChangeCounts changes) {
        requireNonNull(report, "report");
        requireNonNull(changes, "changes");
        if (!report.scope().equals(changes.scope())) {
            throw new IllegalArgumentException("the report counts " + report.scope()
                    + ", the changes " + changes.scope());
        }
    }

    private static String scopeName(Scope scope) {
        return scope.level().chineseName() + "行政区划" + scope.division().value();
    }

    /**
     * The sheets of one workbook, written in order.
     */
    private static final class Sheets {

        private final XlsxWriter writer;
        private final StatisticsReport report;
        private final ChangeCounts changes;
        private final String scope;
        private final Map<SchoolIdentifier, String> schools;

        Sheets(XlsxWriter writer, StatisticsReport report, ChangeCounts changes, String scope,
                Map<SchoolIdentifier, String> schools) {
            this.writer = writer;
            this.report = report;
            this.changes = changes;
            this.scope = scope;
            this.schools = schools;
        }

        void write() {
            students();
            bands();
            aboveCap();
            changes();
            pending();
        }

        private String dateLine() {
            return "统计范围：" + scope + "　统计日期：" + report.date() + "　学年："
                    + report.schoolYear() + "学年";
        }

        private XlsxWriter.SheetWriter sheet(String name, String title, String line,
                String... headers) {
            List<ColumnSpec> columns = new ArrayList<>();
            for (String header : headers) {
                columns.add(ColumnSpec.of(header));
            }
            return writer.sheet(name, List.of(title, line), columns);
        }

        private void students() {
            XlsxWriter.SheetWriter sheet = sheet(STUDENTS,
                    "学生数统计表（按学校、年级、性别、学籍状态）", dateLine(),
                    "学校标识码", "学校名称", "年级", "学籍状态", ALL, "男", "女");
            Map<SchoolIdentifier, Map<GradeStatus, long[]>> bySchool = new TreeMap<>();
            Map<RegistrationStatus, long[]> byStatus = new EnumMap<>(RegistrationStatus.class);
            long[] total = new long[2];
            for (StudentCount count : report.students().rows()) {
                add(bySchool.computeIfAbsent(count.school(), school -> new TreeMap<>())
                        .computeIfAbsent(new GradeStatus(count.grade(), count.status()),
                                cell -> new long[2]), count);
                add(byStatus.computeIfAbsent(count.status(), status -> new long[2]), count);
                add(total, count);
            }
            bySchool.forEach((school, cells) -> {
                long[] subtotal = new long[2];
                cells.forEach((cell, sexes) -> {
                    sheet.row(counts(school.value(), schoolName(school),
                            cell.grade == null ? NO_GRADE : cell.grade.chineseName(),
                            cell.status.chineseName(), sexes));
                    subtotal[0] += sexes[0];
                    subtotal[1] += sexes[1];
                });
                sheet.row(counts(school.value(), schoolName(school), SUBTOTAL, "", subtotal));
            });
            byStatus.forEach((status, sexes) ->
                    sheet.row(counts(TOTAL, "", "", status.chineseName(), sexes)));
            sheet.row(counts(TOTAL, "", "", ALL, total));
        }

        /**
         * A row of the students sheet within a school: a grade, null for none, and a status;
         * ordered by grade, the rows without one last, then by status.
         */
        private record GradeStatus(Grade grade, RegistrationStatus status)
                implements Comparable<GradeStatus> {

            private static final Comparator<GradeStatus> ORDER = Comparator.comparing(
                    GradeStatus::grade, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(GradeStatus::status);

            @Override
            public int compareTo(GradeStatus other) {
                return ORDER.compare(this, other);
            }
        }

        private static void add(long[] sexes, StudentCount count) {
            sexes[count.sex() == Sex.MALE ? 0 : 1] += count.count();
        }

        private static List<Object> counts(String school, String name, String grade,
                String status, long[] sexes) {
            return Arrays.asList(school, name, grade, status, sexes[0] + sexes[1], sexes[0],
                    sexes[1]);
        }

        private String schoolName(SchoolIdentifier school) {
            return schools.getOrDefault(school, "");
        }

        private void bands() {
            XlsxWriter.SheetWriter sheet = sheet(CLASS_BANDS, "班额统计表", dateLine(),
                    "班额", "班级数");
            for (ClassSizeBand band : ClassSizeBand.values()) {
                sheet.row(List.of(band.chineseName(), report.classes().count(band)));
            }
            sheet.row(List.of(ALL, report.classes().total()));
        }

        private void aboveCap() {
            XlsxWriter.SheetWriter sheet = sheet(ABOVE_CAP, "超出班额上限的班级", dateLine(),
                    "班级标识", "学校名称", "班级名称", "年级", "学段", "人数", "班额上限",
                    "超出人数", "班额");
            for (ClassSize size : report.classes().aboveCap()) {
                sheet.row(List.of(size.classId().toString(),
                        schoolName(size.classId().school()), size.name(),
                        size.grade().chineseName(), size.stage().chineseName(), size.size(),
                        size.cap(), size.size() - size.cap(), size.band().chineseName()));
            }
        }

        private void changes() {
            XlsxWriter.SheetWriter sheet = sheet(CHANGES, "学籍变动统计表", "统计范围：" + scope
                    + "　统计期间：" + changes.from() + "至" + changes.until(), "变动类型",
                    "件数");
            for (ChangeKind kind : ChangeKind.values()) {
                sheet.row(List.of(kind.chineseName(), changes.count(kind)));
            }
            sheet.row(List.of(ALL, changes.total()));
        }

        private void pending() {
            PendingReviews pending = report.pendingReviews();
            XlsxWriter.SheetWriter sheet = sheet(PENDING, "待审核学籍统计表", dateLine()
                    + "　审核截止日期：" + pending.deadline() + deadlineNote(pending),
                    "已等待（工作日）", "人数", "其中已逾期");
            for (ReviewAgeBand band : ReviewAgeBand.values()) {
                long overdue = pending.pending().stream()
                        .filter(review -> review.ageBand() == band && review.isOverdue())
                        .count();
                sheet.row(List.of(band.chineseName(), pending.count(band), overdue));
            }
            sheet.row(List.of(ALL, pending.total(), pending.overdue()));
        }

        private static String deadlineNote(PendingReviews pending) {
            Optional<Integer> left = pending.pending().stream()
                    .map(PendingReview::workingDaysLeft).findFirst();
            return left.map(days -> days < 0 ? "（已逾期" + -days + "个工作日）"
                    : "（尚余" + days + "个工作日）").orElse("");
        }
    }
}
