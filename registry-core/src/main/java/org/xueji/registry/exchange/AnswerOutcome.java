package org.xueji.registry.exchange;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.student.StudentId;

/**
 * The outcome of one line of the national system's answer.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index  the line's index in the answer, from 0
 * @param result  what became of it, not null
 * @param student  the student concerned, or null if none was found
 * @param code  why the line was refused, or null
 * @param chineseMessage  the reason in Chinese, empty unless refused, not null
 * @param englishMessage  the reason in English, empty unless refused, not null
 */
public record AnswerOutcome(int index, AnswerResult result, StudentId student, ErrorCode code,
        String chineseMessage, String englishMessage) {

    /**
     * Creates an outcome.
     *
     * @throws NullPointerException if the result or a message is null
     * @throws IllegalArgumentException if a refused line has no code or another has one
     */
    public AnswerOutcome {
        requireNonNull(result, "result");
        requireNonNull(chineseMessage, "chineseMessage");
        requireNonNull(englishMessage, "englishMessage");
        if ((result == AnswerResult.REFUSED) != (code != null)) {
            throw new IllegalArgumentException("a code goes with a refused line only");
        }
    }

    static AnswerOutcome done(int index, AnswerResult result, StudentId student) {
        return new AnswerOutcome(index, result, student, null, "", "");
    }

    static AnswerOutcome refused(int index, StudentId student, RegistryException ex) {
        return new AnswerOutcome(index, AnswerResult.REFUSED, student, ex.code(),
                ex.chineseMessage(), ex.englishMessage());
    }

    /**
     * Returns the student concerned.
     *
     * @return the student, or empty if none was found
     */
    public Optional<StudentId> studentIfFound() {
        return Optional.ofNullable(student);
    }
}
