package org.xueji.registry.enrollment;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.xueji.registry.student.Student;

/**
 * What became of one new student's form: accepted, with the student as stored and the numbers
 * assigned, or refused, with every rule that refused it. An accepted form may carry warnings,
 * such as a class above its cap where the policy only warns.
 *
 * <p>A form only {@linkplain Enrollment#check checked} is accepted without a student: it passed
 * every rule, but nothing was stored and no number was assigned.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index  the form's place in its batch, from zero
 * @param student  the student as stored, or null if the form was refused or only checked
 * @param refusals  every refusal, empty if and only if the form was accepted, not null
 * @param warnings  warnings about an accepted form, not null
 */
public record EnrollmentResult(int index, Student student, List<Refusal> refusals,
        List<Refusal> warnings) {

    /**
     * Creates a result.
     *
     * @throws NullPointerException if a list is null
     * @throws IllegalArgumentException if there are both a student and refusals
     */
    public EnrollmentResult {
        refusals = List.copyOf(requireNonNull(refusals, "refusals"));
        warnings = List.copyOf(requireNonNull(warnings, "warnings"));
        if (student != null && !refusals.isEmpty()) {
            throw new IllegalArgumentException("A result has a student or refusals, not both");
        }
    }

    /**
     * Obtains the result of a form that passed every rule of a check, with nothing stored.
     *
     * @param index  the form's place in its batch
     * @param warnings  the warnings, not null
     * @return the result, accepted without a student, not null
     */
    public static EnrollmentResult checked(int index, List<Refusal> warnings) {
        return new EnrollmentResult(index, null, List.of(), warnings);
    }

    /**
     * Obtains a refused result.
     *
     * @param index  the form's place in its batch
     * @param refusals  the refusals, not empty, not null
     * @return the result, not null
     */
    public static EnrollmentResult refused(int index, List<Refusal> refusals) {
        return new EnrollmentResult(index, null, refusals, List.of());
    }

    /**
     * Tells whether the form was accepted: no rule refused it.
     *
     * @return true if the form was stored, or would have been where it was only checked
     */
    public boolean isAccepted() {
        return refusals.isEmpty();
    }

    /**
     * Returns the student stored for an accepted form.
     *
     * @return the student, or empty if the form was refused or only checked
     */
    public Optional<Student> accepted() {
        return Optional.ofNullable(student);
    }
}
