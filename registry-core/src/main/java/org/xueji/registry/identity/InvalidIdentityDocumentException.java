package org.xueji.registry.identity;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.code.IdentityDocumentType;

/**
 * Thrown when a number does not fit its identity document type. The message names the type and
 * the problem but never the number.
 */
public class InvalidIdentityDocumentException extends RegistryException {

    private static final long serialVersionUID = 1L;

    private final IdentityDocumentType type;
    private final IdentityDocumentProblem problem;
    private final IdentityNumberProblem identityNumberProblem;

    /**
     * Creates an exception for a problem with a document of a type.
     *
     * @param type  the document type, not null
     * @param problem  what is wrong, not null
     * @param identityNumberProblem  what is wrong with a resident identity card's number, null
     *     unless the problem is {@link IdentityDocumentProblem#IDENTITY_NUMBER}
     */
    public InvalidIdentityDocumentException(IdentityDocumentType type,
            IdentityDocumentProblem problem, IdentityNumberProblem identityNumberProblem) {
        super(ErrorCode.INVALID_IDENTITY_DOCUMENT,
                type.chineseName() + "：" + problem.chineseMessage() + (identityNumberProblem
                        == null ? "" : "，" + identityNumberProblem.chineseMessage()),
                type.name() + ": " + problem.englishMessage() + (identityNumberProblem
                        == null ? "" : ", " + identityNumberProblem.englishMessage()));
        this.type = type;
        this.problem = requireNonNull(problem, "problem");
        this.identityNumberProblem = identityNumberProblem;
    }

    /**
     * Returns the document type the number was given for.
     *
     * @return the type, not null
     */
    public IdentityDocumentType type() {
        return type;
    }

    /**
     * Returns what is wrong with the document.
     *
     * @return the problem, not null
     */
    public IdentityDocumentProblem problem() {
        return problem;
    }

    /**
     * Returns what is wrong with a resident identity card's number.
     *
     * @return the identity number's problem, empty unless the problem is
     *     {@link IdentityDocumentProblem#IDENTITY_NUMBER}
     */
    public Optional<IdentityNumberProblem> identityNumberProblem() {
        return Optional.ofNullable(identityNumberProblem);
    }
}
