package org.xueji.registry.event;

import org.xueji.registry.student.StudentId;

/**
 * An event about one student's record: what a change feed to the national system follows.
 */
public interface StudentEvent extends DomainEvent {

    /**
     * Returns the student whose record changed.
     *
     * @return the student, not null
     */
    StudentId student();
}
