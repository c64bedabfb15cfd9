package org.xueji.registry.student;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.IdentityNumber;

/**
 * The key that makes a student unique in the registry (唯一性标识): Anhui's rules make the
 * identity number the student's unique key, and the registry and its stores refuse a second
 * student with the same key.
 *
 * <p>The key is, in this order of preference:
 * <ol>
 *   <li>the student's own identity number ({@link Kind#IDENTITY_NUMBER});
 *   <li>for a student without one, reported under a parent's or guardian's identity number as
 *       Article 13 says: that number with the student's name and birth date
 *       ({@link Kind#GUARDIAN}), so that siblings under one guardian stay distinct;
 *   <li>for a student with neither, the type and number of the student's own document, such as
 *       a passport ({@link Kind#DOCUMENT}).
 * </ol>
 * Twins of one guardian with the same name are the one case the second kind cannot tell apart.
 *
 * <p>{@link #value()} is the text a store indexes; {@link #toString()} masks it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StudentKey implements Comparable<StudentKey> {

    private final Kind kind;
    private final String value;

    private StudentKey(Kind kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    /**
     * Obtains the key of a student's own identity number.
     *
     * @param identityNumber  the student's identity number, not null
     * @return the key, not null
     */
    public static StudentKey ofIdentityNumber(IdentityNumber identityNumber) {
        return new StudentKey(Kind.IDENTITY_NUMBER,
                "ID:" + requireNonNull(identityNumber, "identityNumber").value());
    }

    /**
     * Obtains the key of a student reported under a guardian's identity number.
     *
     * @param guardian  the guardian's identity number, not null
     * @param name  the student's name, not blank
     * @param birthDate  the student's birth date, not null
     * @return the key, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public static StudentKey ofGuardian(IdentityNumber guardian, String name,
            LocalDate birthDate) {
        requireNonNull(guardian, "guardian");
        requireNonNull(name, "name");
        requireNonNull(birthDate, "birthDate");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        return new StudentKey(Kind.GUARDIAN,
                "GD:" + guardian.value() + ":" + name.strip() + ":" + birthDate);
    }

    /**
     * Obtains the key of a student's own document other than a resident identity card.
     *
     * @param document  the document, with a number, not null
     * @return the key, not null
     * @throws IllegalArgumentException if the document is a resident identity card or has no
     *     number
     */
    public static StudentKey ofDocument(IdentityDocument document) {
        requireNonNull(document, "document");
        if (document.type() == IdentityDocumentType.RESIDENT_IDENTITY_CARD
                || document.number().isEmpty()) {
            throw new IllegalArgumentException("Not a numbered document other than an ID card");
        }
        return new StudentKey(Kind.DOCUMENT,
                "DC:" + document.type().code() + ":" + document.number().orElseThrow());
    }

    /**
     * Rebuilds a key from its {@link #value()}, as a store reads it back.
     *
     * @param value  the text, not null
     * @return the key, not null
     * @throws IllegalArgumentException if the text is not a key's value
     */
    public static StudentKey ofValue(String value) {
        requireNonNull(value, "value");
        for (Kind kind : Kind.values()) {
            if (value.startsWith(kind.tag) && value.length() > kind.tag.length()) {
                return new StudentKey(kind, value);
            }
        }
        throw new IllegalArgumentException("Not a student key");
    }

    /**
     * Returns what the key is made of.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the key as the text a store indexes; it holds an identity number in full.
     *
     * @return the text, not null
     */
    public String value() {
        return value;
    }

    @Override
    public int compareTo(StudentKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StudentKey && ((StudentKey) obj).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the kind of key with its number's birth date masked, safe to log.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        String shown = kind == Kind.DOCUMENT
                ? value.substring(0, 5) + "****"
                : value.substring(3, 9) + "********" + value.substring(17, 21);
        return kind.name().toLowerCase(Locale.ROOT) + " " + shown;
    }

    /**
     * What a student's key is made of.
     */
    public enum Kind {
        /** The student's own identity number. */
        IDENTITY_NUMBER("ID:"),
        /** A guardian's identity number with the student's name and birth date. */
        GUARDIAN("GD:"),
        /** The student's own document other than a resident identity card. */
        DOCUMENT("DC:");

        private final String tag;

        Kind(String tag) {
            this.tag = tag;
        }
    }
}
