package org.xueji.registry.student;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.xueji.registry.identity.RegistryNumber;

/**
 * One replacement of a student's registry number (学籍号变更), kept as history: the number the
 * student held, the one that replaced it, when, by which account and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param student  the student, not null
 * @param former  the number replaced, not null
 * @param current  the number that replaced it, not null
 * @param at  when, not null
 * @param account  the account that replaced it, not null
 * @param reason  why, such as 全国学籍系统核验后下发, not null
 */
public record RegistryNumberChange(StudentId student, RegistryNumber former,
        RegistryNumber current, Instant at, String account, String reason) {

    /**
     * Creates a replacement.
     *
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if the numbers are equal
     */
    public RegistryNumberChange {
        requireNonNull(student, "student");
        requireNonNull(former, "former");
        requireNonNull(current, "current");
        requireNonNull(at, "at");
        requireNonNull(account, "account");
        requireNonNull(reason, "reason");
        if (former.equals(current)) {
            throw new IllegalArgumentException("a replacement changes the number");
        }
    }
}
