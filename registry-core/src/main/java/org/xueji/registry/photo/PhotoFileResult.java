package org.xueji.registry.photo;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.internal.IdentityMasker;
import org.xueji.registry.student.StudentId;

/**
 * The report on one file of a photo archive: its name as the archive gives it, what became of
 * it, the student it was matched to and, unless stored, why not.
 *
 * <p>The file name is the caller's own input and may hold an identity number in full; the
 * messages never do, and {@link #toString()} masks the name.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param fileName  the entry's name in the archive, folders included, not null
 * @param outcome  what became of the file, not null
 * @param student  the student matched, or null if none
 * @param code  why the file was not stored, or null if it was
 * @param chineseMessage  the reason in Chinese, empty if stored, not null
 * @param englishMessage  the reason in English, empty if stored, not null
 */
public record PhotoFileResult(String fileName, PhotoFileOutcome outcome, StudentId student,
        ErrorCode code, String chineseMessage, String englishMessage) {

    /**
     * Creates a report.
     *
     * @throws NullPointerException if the name, outcome or a message is null
     * @throws IllegalArgumentException if a stored file has no student or has a code, or a file
     *     not stored has no code
     */
    public PhotoFileResult {
        requireNonNull(fileName, "fileName");
        requireNonNull(outcome, "outcome");
        requireNonNull(chineseMessage, "chineseMessage");
        requireNonNull(englishMessage, "englishMessage");
        boolean stored = outcome == PhotoFileOutcome.STORED;
        if (stored != (code == null) || (stored && student == null)) {
            throw new IllegalArgumentException("a stored file has a student and no code");
        }
    }

    static PhotoFileResult stored(String fileName, StudentId student) {
        return new PhotoFileResult(fileName, PhotoFileOutcome.STORED, student, null, "", "");
    }

    static PhotoFileResult unmatched(String fileName, String chinese, String english) {
        return new PhotoFileResult(fileName, PhotoFileOutcome.UNMATCHED, null,
                ErrorCode.NOT_FOUND, chinese, english);
    }

    static PhotoFileResult refused(String fileName, StudentId student, ErrorCode code,
            String chinese, String english) {
        return new PhotoFileResult(fileName, PhotoFileOutcome.REFUSED, student, code, chinese,
                english);
    }

    /**
     * Returns the student the file was matched to.
     *
     * @return the student, or empty if it matched none
     */
    public Optional<StudentId> matchedStudent() {
        return Optional.ofNullable(student);
    }

    /**
     * Returns why the file was not stored.
     *
     * @return the code, or empty if it was stored
     */
    public Optional<ErrorCode> refusal() {
        return Optional.ofNullable(code);
    }

    /**
     * Returns the outcome and the file name, identity numbers masked.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "PhotoFileResult[" + IdentityMasker.mask(fileName) + ", " + outcome
                + (code == null ? "" : ", " + code) + "]";
    }
}
