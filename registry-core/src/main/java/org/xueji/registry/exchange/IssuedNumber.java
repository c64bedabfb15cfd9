package org.xueji.registry.exchange;

import static java.util.Objects.requireNonNull;

import org.xueji.registry.identity.RegistryNumber;

/**
 * One line of the national system's answer on registry numbers: the number the registry sent
 * and the number the national system confirmed or issued for that student.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sent  the registry number the registry holds for the student, not null
 * @param issued  the number the national system gives the student, the same to confirm it,
 *     not null
 */
public record IssuedNumber(RegistryNumber sent, RegistryNumber issued) {

    /**
     * Creates a line.
     *
     * @throws NullPointerException if a number is null
     */
    public IssuedNumber {
        requireNonNull(sent, "sent");
        requireNonNull(issued, "issued");
    }
}
