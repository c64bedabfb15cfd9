package org.xueji.registry.enrollment;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.xueji.registry.code.CodeTable;
import org.xueji.registry.code.Disability;
import org.xueji.registry.code.Ethnicity;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.InclusiveClass;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.validation.ValidCode;
import org.xueji.registry.identity.validation.ValidIdentityNumber;
import org.xueji.registry.student.Photo;

/**
 * A new student's form (新生信息表) as a clerk or a spreadsheet gives it: every field as the text
 * typed, keyed by {@link FormField}, and optionally the photo.
 *
 * <p>Nothing is checked when a form is built; {@link Enrollment} checks it, reporting every
 * problem as a {@link Refusal}. The Bean Validation constraints on the form's fields check the
 * shape of the main ones for a user interface that wants to warn before submitting; they decide
 * nothing the registry does not decide again. A resident identity number is constrained only
 * when the document type is 1 (居民身份证).
 *
 * <p>Required fields: name, sex, birth date, nationality, ethnicity, identity document type (and
 * number unless the type is Z), 港澳台侨外, health, household type, attendance mode, source,
 * disability, inclusive class, class, and the first guardian's name. Flags are read as
 * 是/否 (also 1/0, Y/N); blank is 否. A blank entry month means September of the entry year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NewStudentForm {

    private final Map<FormField, String> values;
    private final Photo photo;

    @NotBlank
    @Size(max = 50)
    private final String name;
    @NotBlank
    @ValidCode(table = Sex.class)
    private final String sex;
    @NotBlank
    @ValidCode(table = Ethnicity.class)
    private final String ethnicity;
    @NotBlank
    @ValidCode(table = IdentityDocumentType.class)
    private final String identityDocumentType;
    @ValidIdentityNumber
    private final String residentIdentityNumber;
    @NotBlank
    @ValidCode(table = Disability.class)
    private final String disability;
    @NotBlank
    @ValidCode(table = InclusiveClass.class)
    private final String inclusiveClass;
    @NotBlank
    private final String schoolClass;

    private NewStudentForm(Builder builder) {
        this.values = new EnumMap<>(builder.values);
        this.photo = builder.photo;
        this.name = value(FormField.NAME);
        this.sex = value(FormField.SEX);
        this.ethnicity = value(FormField.ETHNICITY);
        this.identityDocumentType = value(FormField.IDENTITY_DOCUMENT_TYPE);
        this.residentIdentityNumber = identityDocumentType.strip().equals(
                IdentityDocumentType.RESIDENT_IDENTITY_CARD.code())
                ? value(FormField.IDENTITY_NUMBER) : null;
        this.disability = value(FormField.DISABILITY);
        this.inclusiveClass = value(FormField.INCLUSIVE_CLASS);
        this.schoolClass = value(FormField.CLASS);
    }

    /**
     * Starts a form with every field blank.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this form's values, to change some of them.
     *
     * @return a builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.values.putAll(values);
        builder.photo = photo;
        return builder;
    }

    /**
     * Returns a field's text as typed.
     *
     * @param field  the field, not {@link FormField#PHOTO} or {@link FormField#FORM}, not null
     * @return the text, empty if the field was left blank, not null
     */
    public String value(FormField field) {
        return values.getOrDefault(requireNonNull(field, "field"), "");
    }

    /**
     * Returns the photo attached to the form.
     *
     * @return the photo, or empty if none was attached
     */
    public Optional<Photo> photo() {
        return Optional.ofNullable(photo);
    }

    /**
     * Returns the form's name and class, for debugging; no identity number is shown.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "NewStudentForm[" + name + ", " + schoolClass + "]";
    }

    /**
     * Collects the fields of a {@link NewStudentForm}, as text or typed. Not thread-safe.
     */
    public static final class Builder {
        private final Map<FormField, String> values = new EnumMap<>(FormField.class);
        private Photo photo;

        private Builder() {
        }

        /**
         * Sets a field's text as typed; a spreadsheet reader uses this per column.
         *
         * @param field  the field, not {@link FormField#PHOTO} or {@link FormField#FORM}, not null
         * @param text  the text, null for blank
         * @return this builder, not null
         * @throws IllegalArgumentException if the field is the photo or the whole form
         */
        public Builder set(FormField field, String text) {
            requireNonNull(field, "field");
            if (field == FormField.PHOTO || field == FormField.FORM) {
                throw new IllegalArgumentException("Not a text field: " + field);
            }
            if (text == null) {
                values.remove(field);
            } else {
                values.put(field, text);
            }
            return this;
        }

        /**
         * Sets a code field to an entry's code.
         *
         * @param field  the field, not null
         * @param entry  the code table entry, not null
         * @return this builder, not null
         */
        public Builder set(FormField field, CodeTable entry) {
            return set(field, entry.code());
        }

        /**
         * Sets a yes-or-no field.
         *
         * @param field  the field, not null
         * @param yes  true for 是
         * @return this builder, not null
         */
        public Builder set(FormField field, boolean yes) {
            return set(field, yes ? "是" : "否");
        }

        /**
         * Sets the name.
         *
         * @param name  the student's name, null for blank
         * @return this builder, not null
         */
        public Builder name(String name) {
            return set(FormField.NAME, name);
        }

        /**
         * Sets the sex.
         *
         * @param sex  the sex, not null
         * @return this builder, not null
         */
        public Builder sex(Sex sex) {
            return set(FormField.SEX, sex);
        }

        /**
         * Sets the birth date.
         *
         * @param birthDate  the birth date, not null
         * @return this builder, not null
         */
        public Builder birthDate(LocalDate birthDate) {
            return set(FormField.BIRTH_DATE, birthDate.toString());
        }

        /**
         * Sets the identity document.
         *
         * @param type  the document type, not null
         * @param number  the number, null for none
         * @return this builder, not null
         */
        public Builder identityDocument(IdentityDocumentType type, String number) {
            set(FormField.IDENTITY_DOCUMENT_TYPE, type);
            return set(FormField.IDENTITY_NUMBER, number);
        }

        /**
         * Sets the class, by its identity (such as {@code 2134000001-2025-01}) or its name.
         *
         * @param schoolClass  the class, null for blank
         * @return this builder, not null
         */
        public Builder schoolClass(String schoolClass) {
            return set(FormField.CLASS, schoolClass);
        }

        /**
         * Sets the first guardian, whose name is required.
         *
         * @param name  the name, not null
         * @param relation  the relation, such as 父亲, not null
         * @param type  the guardian's document type, null for none
         * @param number  the document number, null for none
         * @return this builder, not null
         */
        public Builder firstGuardian(String name, String relation, IdentityDocumentType type,
                String number) {
            set(FormField.GUARDIAN1_NAME, name);
            set(FormField.GUARDIAN1_RELATION, relation);
            set(FormField.GUARDIAN1_DOCUMENT_TYPE, type == null ? null : type.code());
            return set(FormField.GUARDIAN1_DOCUMENT_NUMBER, number);
        }

        /**
         * Attaches a photo.
         *
         * @param photo  the photo, null for none
         * @return this builder, not null
         */
        public Builder photo(Photo photo) {
            this.photo = photo;
            return this;
        }

        /**
         * Builds the form; nothing is checked.
         *
         * @return the form, not null
         */
        public NewStudentForm build() {
            return new NewStudentForm(this);
        }
    }
}
