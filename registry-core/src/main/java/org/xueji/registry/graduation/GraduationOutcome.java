package org.xueji.registry.graduation;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;

/**
 * What became of one student in a bulk graduation step: done, with the student as stored, or
 * refused, with the stable code and a message in Chinese and English.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the student asked about, not null
 * @param student  the student as stored after the step, or null if it was refused
 * @param code  why the step was refused, or null if it was done
 * @param chineseMessage  the refusal for a Chinese reader, or null if it was done
 * @param englishMessage  the refusal in English, or null if it was done
 */
public record GraduationOutcome(StudentId id, Student student, ErrorCode code,
        String chineseMessage, String englishMessage) {

    /**
     * Creates an outcome.
     *
     * @throws NullPointerException if the id is null, or a refusal lacks a message
     * @throws IllegalArgumentException unless exactly one of student and code is given
     */
    public GraduationOutcome {
        requireNonNull(id, "id");
        if ((student == null) == (code == null)) {
            throw new IllegalArgumentException("An outcome has a student or a refusal");
        }
        if (code != null) {
            requireNonNull(chineseMessage, "chineseMessage");
            requireNonNull(englishMessage, "englishMessage");
        }
    }

    /**
     * Obtains the outcome of a step that was done.
     *
     * @param student  the student as stored, not null
     * @return the outcome, not null
     */
    public static GraduationOutcome done(Student student) {
        return new GraduationOutcome(student.id(), student, null, null, null);
    }

    /**
     * Obtains the outcome of a step that was refused.
     *
     * @param id  the student, not null
     * @param failure  the refusal, not null
     * @return the outcome, not null
     */
    public static GraduationOutcome refused(StudentId id, RegistryException failure) {
        return new GraduationOutcome(id, null, failure.code(), failure.chineseMessage(),
                failure.englishMessage());
    }

    /**
     * Tells whether the step was done.
     *
     * @return true if it was
     */
    public boolean isDone() {
        return student != null;
    }

    /**
     * Returns the refusal's code.
     *
     * @return the code, or empty if the step was done
     */
    public Optional<ErrorCode> refusal() {
        return Optional.ofNullable(code);
    }

    /**
     * Returns the refusal's message in the language of a locale: English for English locales,
     * Chinese for every other.
     *
     * @param locale  the reader's locale, not null
     * @return the message, or empty if the step was done
     */
    public Optional<String> message(Locale locale) {
        return Optional.ofNullable("en".equals(locale.getLanguage())
                ? englishMessage : chineseMessage);
    }
}
