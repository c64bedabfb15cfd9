package org.xueji.registry.access;

import static java.util.Objects.requireNonNull;

import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * Thrown when an actor's role or scope does not cover the record it acts on, before anything of
 * that record is read or changed.
 */
public final class AccessDeniedException extends RegistryException {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient Scope place;

    /**
     * Creates the exception.
     *
     * @param actor  the refused actor, not null
     * @param place  where the record acted on lies, not null
     * @param chineseMessage  the message for a Chinese reader, not null
     * @param englishMessage  the same message in English, not null
     */
    public AccessDeniedException(
            Actor actor, Scope place, String chineseMessage, String englishMessage) {
        super(ErrorCode.ACCESS_DENIED, chineseMessage, englishMessage);
        this.actor = requireNonNull(actor, "actor");
        this.place = requireNonNull(place, "place");
    }

    /**
     * Returns the refused actor.
     *
     * @return the actor, or null after deserialisation
     */
    public Actor actor() {
        return actor;
    }

    /**
     * Returns where the record the actor acted on lies.
     *
     * @return the place, or null after deserialisation
     */
    public Scope place() {
        return place;
    }
}
