package org.xueji.registry.change;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Objects;
import org.xueji.registry.student.StudentId;

/**
 * A student's full history (学籍历史), oldest first: the enrollment and its review, every change
 * case with its steps, every correction, class change, edit and registry-number change. It is
 * kept by student, not by school, so it follows the student through transfers.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param student  the student, not null
 * @param entries  the entries in time order, not null
 */
public record StudentHistory(StudentId student, List<HistoryEntry> entries) {

    /**
     * Creates a history.
     *
     * @throws NullPointerException if a value is null
     */
    public StudentHistory {
        requireNonNull(student, "student");
        entries = List.copyOf(entries);
    }

    /**
     * Lists the entries of one kind, in order.
     *
     * @param kind  the kind, not null
     * @return the entries, not null
     */
    public List<HistoryEntry> entriesOf(HistoryKind kind) {
        requireNonNull(kind, "kind");
        return entries.stream().filter(entry -> entry.kind() == kind).toList();
    }

    /**
     * Lists the change cases, in the order they were applied for.
     *
     * @return the cases, not null
     */
    public List<ChangeCase> cases() {
        return entries.stream().map(HistoryEntry::changeCase)
                .filter(Objects::nonNull).toList();
    }
}
