package org.xueji.registry.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.access.Scope;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.student.StudentId;

/**
 * Reports that a student's registry number was replaced by one the national system issued, such
 * as a temporary L number by a G number once the identity was verified (学籍号变更).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurredAt  when, not null
 * @param place  the place of the student's school, not null
 * @param student  the student, not null
 * @param former  the number replaced, not null
 * @param current  the number now held, not null
 * @param version  the record's version after the change
 */
public record RegistryNumberReplaced(Instant occurredAt, Scope place, StudentId student,
        RegistryNumber former, RegistryNumber current, long version) implements StudentEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public RegistryNumberReplaced {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(place, "place");
        requireNonNull(student, "student");
        requireNonNull(former, "former");
        requireNonNull(current, "current");
    }
}
