package org.xueji.registry.exchange;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.problem.ProblemKind;

/**
 * One problem the national system flagged on a student: a duplicate across the country, or an
 * identity that does not match the population register.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param student  the registry number of the student flagged, not null
 * @param kind  {@link ProblemKind#NATIONAL_DUPLICATE} or
 *     {@link ProblemKind#POPULATION_REGISTER_MISMATCH}, not null
 * @param related  the registry number of the other record of a duplicate, or null
 */
public record NationalProblem(RegistryNumber student, ProblemKind kind, RegistryNumber related) {

    /**
     * Creates a problem.
     *
     * @throws NullPointerException if the student or kind is null
     * @throws IllegalArgumentException if the kind is not one the national system flags
     */
    public NationalProblem {
        requireNonNull(student, "student");
        requireNonNull(kind, "kind");
        if (kind != ProblemKind.NATIONAL_DUPLICATE
                && kind != ProblemKind.POPULATION_REGISTER_MISMATCH) {
            throw new IllegalArgumentException("not a nationally flagged kind: " + kind);
        }
    }

    /**
     * Returns the registry number of the other record.
     *
     * @return the number, or empty if none was given
     */
    public Optional<RegistryNumber> relatedIfAny() {
        return Optional.ofNullable(related);
    }
}
