package org.xueji.registry.identity;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * Thrown when a text is not a valid registry number (学籍号).
 *
 * <p>The message names the problem and, for a G number, the identity number's problem; it never
 * repeats the number.
 */
public class InvalidRegistryNumberException extends RegistryException {

    private static final long serialVersionUID = 1L;

    private final RegistryNumberProblem problem;
    private final IdentityNumberProblem identityNumberProblem;

    /**
     * Creates an exception for a problem.
     *
     * @param problem  what is wrong, not null
     * @param identityNumberProblem  what is wrong with the identity number of a G number, null
     *     unless the problem is {@link RegistryNumberProblem#IDENTITY_NUMBER}
     */
    public InvalidRegistryNumberException(
            RegistryNumberProblem problem, IdentityNumberProblem identityNumberProblem) {
        super(ErrorCode.INVALID_REGISTRY_NUMBER,
                problem.chineseMessage() + (identityNumberProblem == null
                        ? "" : "：" + identityNumberProblem.chineseMessage()),
                problem.englishMessage() + (identityNumberProblem == null
                        ? "" : ": " + identityNumberProblem.englishMessage()));
        this.problem = requireNonNull(problem, "problem");
        this.identityNumberProblem = identityNumberProblem;
    }

    /**
     * Returns what is wrong with the number.
     *
     * @return the problem, not null
     */
    public RegistryNumberProblem problem() {
        return problem;
    }

    /**
     * Returns what is wrong with the identity number inside a G number.
     *
     * @return the identity number's problem, empty unless the problem is
     *     {@link RegistryNumberProblem#IDENTITY_NUMBER}
     */
    public Optional<IdentityNumberProblem> identityNumberProblem() {
        return Optional.ofNullable(identityNumberProblem);
    }
}
