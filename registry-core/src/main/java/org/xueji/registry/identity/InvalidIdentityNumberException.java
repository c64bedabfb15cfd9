package org.xueji.registry.identity;

import static java.util.Objects.requireNonNull;

import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * Thrown when a text is not a valid identity number of GB 11643.
 *
 * <p>The message names the problem and shows the number at most in masked form, with its birth
 * date hidden, so it is safe to log and to show. It carries no stack trace: it reports bad
 * input, not a fault of the program, and an import meets it once per faulty row. For the same
 * reason a number the registry itself refused is kept packed in a long until a message is asked
 * for; two threads asking at once may each write the masked text, which comes out the same.
 */
public class InvalidIdentityNumberException extends RegistryException {

    private static final long serialVersionUID = 1L;

    private final IdentityNumberProblem problem;
    private final long packedNumber;
    private String maskedNumber;

    /**
     * Creates an exception for a problem, naming the number in masked form if one is given.
     *
     * @param problem  what is wrong, not null
     * @param maskedNumber  the number with its birth date masked, or an empty string
     */
    public InvalidIdentityNumberException(IdentityNumberProblem problem, String maskedNumber) {
        super(ErrorCode.INVALID_IDENTITY_NUMBER, problem.chineseMessage(),
                problem.englishMessage(), false);
        this.problem = problem;
        this.packedNumber = 0;
        this.maskedNumber = requireNonNull(maskedNumber, "maskedNumber");
    }

    /**
     * Creates an exception for a problem with a number that {@link IdentityNumber} packed into a
     * long; the masked text is written only when a message is asked for.
     */
    InvalidIdentityNumberException(IdentityNumberProblem problem, long packedNumber) {
        super(ErrorCode.INVALID_IDENTITY_NUMBER, problem.chineseMessage(),
                problem.englishMessage(), false);
        this.problem = problem;
        this.packedNumber = packedNumber;
    }

    /**
     * Returns what is wrong with the number.
     *
     * @return the problem, not null
     */
    public IdentityNumberProblem problem() {
        return problem;
    }

    /**
     * Returns the message in Chinese, with the masked number if there is one. It is put together
     * when asked for, not when the exception is thrown: most are caught and turned into a
     * report's problem without their message being read.
     *
     * @return the Chinese message, not null
     */
    @Override
    public String getMessage() {
        return chineseMessage();
    }

    /**
     * Returns the message in Chinese, with the masked number if there is one.
     *
     * @return the Chinese message, not null
     */
    @Override
    public String chineseMessage() {
        return problem.chineseMessage() + suffix("：");
    }

    /**
     * Returns the message in English, with the masked number if there is one.
     *
     * @return the English message, not null
     */
    @Override
    public String englishMessage() {
        return problem.englishMessage() + suffix(": ");
    }

    private String suffix(String separator) {
        String masked = maskedNumber;
        if (masked == null) {
            masked = IdentityNumber.maskedText(packedNumber);
            maskedNumber = masked;
        }
        return masked.isEmpty() ? "" : separator + masked;
    }
}
