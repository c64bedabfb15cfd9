package org.xueji.registry.student;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.internal.Texts;

/**
 * A family member or guardian (家庭成员或监护人) as the new-student form records one: name,
 * relation to the student, identity document and phone.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name  the guardian's name, not blank
 * @param relation  the relation to the student as written, such as 父亲, not null, may be empty
 * @param document  the guardian's identity document, or null if the form gave none
 * @param phone  the guardian's phone as written, not null, may be empty
 */
public record Guardian(String name, String relation, IdentityDocument document, String phone) {

    /**
     * Creates a guardian.
     *
     * @throws NullPointerException if the name, relation or phone is null
     * @throws IllegalArgumentException if the name is blank
     * @throws RegistryException with {@link ErrorCode#INVALID_VALUE} if the name is longer than
     *     50 characters, the relation or phone longer than 20, or a text holds control or
     *     invisible characters
     */
    public Guardian {
        requireNonNull(name, "name");
        requireNonNull(relation, "relation");
        requireNonNull(phone, "phone");
        if (name.isBlank()) {
            throw new IllegalArgumentException("guardian's name is blank");
        }
        name = Texts.required(name, "监护人姓名", "guardian's name", 50);
        relation = Texts.optional(relation, "关系", "relation", 20);
        phone = Texts.optional(phone, "联系电话", "phone", 20);
    }

    /**
     * Returns the identity number of the guardian's resident identity card.
     *
     * @return the identity number, empty if the guardian has no resident identity card
     */
    public Optional<IdentityNumber> identityNumber() {
        return document == null ? Optional.empty() : document.identityNumber();
    }

    /**
     * Returns the guardian's name and relation, the document masked.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "Guardian[" + name + " " + relation + (document == null ? "" : " " + document)
                + "]";
    }
}
