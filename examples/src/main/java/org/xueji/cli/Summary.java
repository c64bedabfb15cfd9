package org.xueji.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.organisation.School;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;

/**
 * Counts the students of every school in an actor's scope per grade and status: collected
 * (已采集), submitted (待审核) and registered (在籍) by their grade in the current school year,
 * graduated (毕业) on a line of their own per school.
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
        long total = 0;
        for (School school : registry.organisations().listSchools(actor)) {
            Map<Integer, long[]> counts = new TreeMap<>();
            for (int s = 0; s < STATUSES.size(); s++) {
                RegistrationStatus status = STATUSES.get(s);
                for (Student student : registry.enrollment()
                        .list(actor, school.identifier(), status)) {
                    int grade = status == RegistrationStatus.GRADUATED ? GRADUATES
                            : student.gradeIn(year).number();
                    counts.computeIfAbsent(grade, g -> new long[STATUSES.size()])[s]++;
                    total++;
                }
            }
            String name = school.profile().name();
            counts.forEach((grade, row) -> {
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

    static String gradeName(int grade, Messages messages) {
        return messages.get("grade." + grade);
    }
}
