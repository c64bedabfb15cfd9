package org.xueji.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.statistics.StudentCount;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;

/**
 * Counts the students of every school in an actor's scope per grade and status: collected
 * (已采集), submitted (待审核) and registered (在籍) by their grade in the current school year,
 * graduated (毕业) on a line of their own per school. An authority's administrator gets the
 * counts from the registry's statistics, one grouped query; a school's administrator, who may
 * not read them, gets its students counted one by one.
 */
final class Summary {

    private static final List<RegistrationStatus> STATUSES = List.of(
            RegistrationStatus.COLLECTED, RegistrationStatus.SUBMITTED,
            RegistrationStatus.REGISTERED, RegistrationStatus.GRADUATED);
    private static final int GRADUATES = 99;

    private Summary() {
    }

    /**
     * Prints the table, headed by the current school year.
     *
     * @return the number of students counted
     */
    static long print(Registry registry, Actor actor, Messages messages, PrintStream out) {
        AcademicYear year = registry.currentSchoolYear();
        out.println(messages.get("summary.heading", year));
        List<String> header = new ArrayList<>(List.of(messages.get("summary.school"),
                messages.get("summary.grade")));
        STATUSES.forEach(status -> header.add(messages.english() ? status.englishName()
                : status.chineseName()));
        Table table = new Table(header);
        Map<SchoolIdentifier, Map<Integer, long[]>> counts = new HashMap<>();
        long total = actor.scope().level().isAuthority()
                ? tally(registry, actor, counts) : list(registry, actor, year, counts);
        for (School school : registry.organisations().listSchools(actor)) {
            String name = school.profile().name();
            counts.getOrDefault(school.identifier(), Map.of()).forEach((grade, row) -> {
                List<Object> cells = new ArrayList<>(List.of(name, grade == GRADUATES
                        ? messages.get("summary.graduates") : gradeName(grade, messages)));
                for (long count : row) {
                    cells.add(count);
                }
                table.add(cells);
            });
        }
        if (table.size() == 0) {
            out.println(messages.get("summary.empty"));
        } else {
            table.print(out);
        }
        return total;
    }

    /** Counts with one grouped query, for an authority's administrator. */
    private static long tally(Registry registry, Actor actor,
            Map<SchoolIdentifier, Map<Integer, long[]>> counts) {
        long total = 0;
        LocalDate today = LocalDate.now(registry.clock());
        for (StudentCount cell : registry.statistics().report(actor, today).students().rows()) {
            int s = STATUSES.indexOf(cell.status());
            if (s < 0) {
                continue;
            }
            int grade = cell.status() == RegistrationStatus.GRADUATED || cell.grade() == null
                    ? GRADUATES : cell.grade().number();
            row(counts, cell.school(), grade)[s] += cell.count();
            total += cell.count();
        }
        return total;
    }

    /** Counts student by student, for a school's administrator. */
    private static long list(Registry registry, Actor actor, AcademicYear year,
            Map<SchoolIdentifier, Map<Integer, long[]>> counts) {
        long total = 0;
        for (School school : registry.organisations().listSchools(actor)) {
            for (int s = 0; s < STATUSES.size(); s++) {
                RegistrationStatus status = STATUSES.get(s);
                for (Student student : registry.enrollment()
                        .list(actor, school.identifier(), status)) {
                    int grade = status == RegistrationStatus.GRADUATED ? GRADUATES
                            : student.gradeIn(year).number();
                    row(counts, school.identifier(), grade)[s]++;
                    total++;
                }
            }
        }
        return total;
    }

    private static long[] row(Map<SchoolIdentifier, Map<Integer, long[]>> counts,
            SchoolIdentifier school, int grade) {
        return counts.computeIfAbsent(school, key -> new TreeMap<>())
                .computeIfAbsent(grade, key -> new long[STATUSES.size()]);
    }

    static String gradeName(int grade, Messages messages) {
        return messages.get("grade." + grade);
    }
}
