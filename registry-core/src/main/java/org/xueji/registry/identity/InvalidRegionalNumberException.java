package org.xueji.registry.identity;

import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * Thrown when a text is not a valid regional student number, or when a prefix has no serial
 * left.
 */
public class InvalidRegionalNumberException extends RegistryException {

    private static final long serialVersionUID = 1L;

    private final RegionalNumberProblem problem;

    /**
     * Creates an exception for a problem.
     *
     * @param problem  what is wrong, not null
     */
    public InvalidRegionalNumberException(RegionalNumberProblem problem) {
        super(ErrorCode.INVALID_REGIONAL_NUMBER,
                problem.chineseMessage(), problem.englishMessage());
        this.problem = problem;
    }

    /**
     * Returns what is wrong.
     *
     * @return the problem, not null
     */
    public RegionalNumberProblem problem() {
        return problem;
    }
}
