package org.xueji.registry.change;

import static java.util.Objects.requireNonNull;

import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * Why a change rule refused a change: the rule, the error code and a message in Chinese and
 * English.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule  the rule that refused, not null
 * @param code  the error code, not null
 * @param chineseMessage  the message for a Chinese reader, not null
 * @param englishMessage  the same message in English, not null
 */
public record ChangeRefusal(ChangeRule rule, ErrorCode code, String chineseMessage,
        String englishMessage) {

    /**
     * Creates a refusal.
     *
     * @throws NullPointerException if a value is null
     */
    public ChangeRefusal {
        requireNonNull(rule, "rule");
        requireNonNull(code, "code");
        requireNonNull(chineseMessage, "chineseMessage");
        requireNonNull(englishMessage, "englishMessage");
    }

    /**
     * Obtains a refusal with {@link ErrorCode#CHANGE_REFUSED}.
     *
     * @param rule  the rule, not null
     * @param chineseMessage  the Chinese message, not null
     * @param englishMessage  the English message, not null
     * @return the refusal, not null
     */
    public static ChangeRefusal of(ChangeRule rule, String chineseMessage,
            String englishMessage) {
        return new ChangeRefusal(rule, ErrorCode.CHANGE_REFUSED, chineseMessage, englishMessage);
    }

    /**
     * Returns the exception that reports this refusal.
     *
     * @return the exception, not null
     */
    public ChangeRefusedException toException() {
        return new ChangeRefusedException(this);
    }

    /**
     * Thrown when a change rule refuses a change; it carries the refusal.
     */
    public static final class ChangeRefusedException extends RegistryException {

        private static final long serialVersionUID = 1L;

        private final transient ChangeRefusal refusal;

        /**
         * Creates the exception.
         *
         * @param refusal  the refusal, not null
         */
        public ChangeRefusedException(ChangeRefusal refusal) {
            super(refusal.code(), refusal.chineseMessage(), refusal.englishMessage());
            this.refusal = refusal;
        }

        /**
         * Returns the refusal.
         *
         * @return the refusal, or null after deserialisation
         */
        public ChangeRefusal refusal() {
            return refusal;
        }
    }
}
