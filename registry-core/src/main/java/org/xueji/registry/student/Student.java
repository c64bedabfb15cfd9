package org.xueji.registry.student;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.RegionalStudentNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolIdentifier;

/**
 * A student's registry record (学籍), the registry's main aggregate: the person, the numbers
 * that name them, the school and class they are in, and where their registration stands.
 *
 * <p>The record keeps a cohort, the school year in which the student was or would have been in
 * grade 1, never a grade per year: the grade follows from the current school year with
 * {@link #gradeIn(AcademicYear)}. The place of the school (its authority's division and, for a
 * branch school, its central school) is kept with the record, so access can be decided before
 * the record is read; that division is also the key a distributed store shards on.
 *
 * <p>Uniqueness: the {@link StudentKey}, the registry number and the regional number each name
 * at most one record; stores enforce this.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Student {

    private final StudentId id;
    private final StudentKey key;
    private final StudentDetails details;
    private final IdentityDocument identityDocument;
    private final List<Guardian> guardians;
    private final RegistryNumber registryNumber;
    private final RegionalStudentNumber regionalNumber;
    private final Scope place;
    private final ClassId classId;
    private final AcademicYear cohort;
    private final RegistrationStatus status;
    private final GraduationKind graduation;
    private final AcademicYear keptGradeAt;
    private final String returnReason;
    private final Set<StudentFlag> flags;
    private final long version;

    private Student(Builder builder) {
        this.id = requireNonNull(builder.id, "id");
        this.key = requireNonNull(builder.key, "key");
        this.details = requireNonNull(builder.details, "details");
        this.identityDocument = builder.identityDocument;
        this.guardians = List.copyOf(builder.guardians);
        this.registryNumber = requireNonNull(builder.registryNumber, "registryNumber");
        this.regionalNumber = requireNonNull(builder.regionalNumber, "regionalNumber");
        this.place = requireNonNull(builder.place, "place");
        this.classId = requireNonNull(builder.classId, "classId");
        this.cohort = builder.cohort == null ? classId.cohort() : builder.cohort;
        this.status = requireNonNull(builder.status, "status");
        this.graduation = status == RegistrationStatus.GRADUATED
                ? requireNonNull(builder.graduation, "graduation") : null;
        this.keptGradeAt = builder.keptGradeAt;
        this.returnReason = builder.returnReason;
        this.flags = builder.flags.isEmpty() ? Set.of() : Set.copyOf(builder.flags);
        this.version = builder.version;
        SchoolIdentifier school = place.school()
                .orElseThrow(() -> new IllegalArgumentException("place is not a school"));
        Preconditions.checkArgument(school.equals(classId.school()),
                "class %s is not of school %s", classId, school);
        Preconditions.checkArgument(guardians.size() <= 2, "at most two guardians");
        Preconditions.checkArgument(version >= 0, "negative version %s", version);
    }

    /**
     * Starts a new record.
     *
     * @return a builder with no field set, status {@link RegistrationStatus#COLLECTED}, version
     *     zero, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this record's fields, to change some of them.
     *
     * @return a builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder().id(id).key(key).details(details)
                .identityDocument(identityDocument).guardians(guardians)
                .registryNumber(registryNumber).regionalNumber(regionalNumber).place(place)
                .classId(classId).cohort(cohort).status(status).graduation(graduation)
                .keptGradeAt(keptGradeAt).returnReason(returnReason).version(version);
        builder.flags.addAll(flags);
        return builder;
    }

    /**
     * Returns the record's own key.
     *
     * @return the id, not null
     */
    public StudentId id() {
        return id;
    }

    /**
     * Returns the key that makes the student unique in the registry.
     *
     * @return the key, not null
     */
    public StudentKey key() {
        return key;
    }

    /**
     * Returns the personal data.
     *
     * @return the details, not null
     */
    public StudentDetails details() {
        return details;
    }

    /**
     * Returns the student's identity document.
     *
     * @return the document, or empty if the form gave none
     */
    public Optional<IdentityDocument> identityDocument() {
        return Optional.ofNullable(identityDocument);
    }

    /**
     * Returns the family members or guardians, at most two, in the form's order.
     *
     * @return the guardians, not null, unmodifiable
     */
    public List<Guardian> guardians() {
        return guardians;
    }

    /**
     * Returns the registry number (学籍号), the student's number for life.
     *
     * @return the number, not null
     */
    public RegistryNumber registryNumber() {
        return registryNumber;
    }

    /**
     * Returns the regional student number (地区学号) of the current stage.
     *
     * @return the number, not null
     */
    public RegionalStudentNumber regionalNumber() {
        return regionalNumber;
    }

    /**
     * Returns the place of the student's school, which decides who may act on the record.
     *
     * @return the school's scope, not null
     */
    public Scope place() {
        return place;
    }

    /**
     * Returns the student's school.
     *
     * @return the school, not null
     */
    public SchoolIdentifier school() {
        return classId.school();
    }

    /**
     * Returns the division of the school's authority, the record's shard key.
     *
     * @return the division, not null
     */
    public DivisionCode county() {
        return place.division();
    }

    /**
     * Returns the student's class.
     *
     * @return the class, not null
     */
    public ClassId classId() {
        return classId;
    }

    /**
     * Returns the student's cohort: the school year in which they were or would have been in
     * grade 1. It is the class's cohort when the student is placed in a class, and moves on its
     * own only when the student keeps a grade across a rollover (suspended, or in a final grade
     * and not graduated), repeats or skips a grade.
     *
     * @return the cohort, not null
     */
    public AcademicYear cohort() {
        return cohort;
    }

    /**
     * Returns the grade the student is in during a school year.
     *
     * @param schoolYear  the school year, not null
     * @return the grade, not null
     * @throws IllegalArgumentException if the cohort is not in school that year
     */
    public Grade gradeIn(AcademicYear schoolYear) {
        return Grade.of(cohort(), schoolYear);
    }

    /**
     * Returns where the registration stands.
     *
     * @return the status, not null
     */
    public RegistrationStatus status() {
        return status;
    }

    /**
     * Returns how the student left the stage (毕业, 结业 or 肄业), while the status is
     * {@link RegistrationStatus#GRADUATED}.
     *
     * @return the kind, or empty unless the student is graduated
     */
    public Optional<GraduationKind> graduation() {
        return Optional.ofNullable(graduation);
    }

    /**
     * Returns the school year into which the last rollover that kept this student's grade moved
     * the registry: the mark that makes the rollover's write of an exception happen once per
     * year, however often the rollover is resumed.
     *
     * @return the school year, or empty if no rollover kept the student's grade
     */
    public Optional<AcademicYear> keptGradeAt() {
        return Optional.ofNullable(keptGradeAt);
    }

    /**
     * Returns a copy that keeps its grade across the rollover into a school year: the cohort one
     * year later, the year marked, and a flag added if given.
     *
     * @param target  the school year the rollover moves into, not null
     * @param flag  the flag to add, or null for none
     * @return the changed record, keeping the version, not null
     */
    public Student keepingGradeInto(AcademicYear target, StudentFlag flag) {
        Builder builder = toBuilder().cohort(cohort.next())
                .keptGradeAt(requireNonNull(target, "target"));
        if (flag != null) {
            builder.flag(flag);
        }
        return builder.build();
    }

    /**
     * Returns a copy graduated (毕业, 结业 or 肄业) from the stage, with no follow-up flag of an
     * earlier rollover left.
     *
     * @param kind  how the student leaves the stage, not null
     * @return the changed record, keeping the version, not null
     */
    public Student graduated(GraduationKind kind) {
        Builder builder = toBuilder().status(RegistrationStatus.GRADUATED)
                .graduation(requireNonNull(kind, "kind")).returnReason(null);
        builder.flags.remove(StudentFlag.NOT_GRADUATED_AT_ROLLOVER);
        return builder.build();
    }

    /**
     * Returns the reason the authority gave when it last returned the student to the school.
     *
     * @return the reason, or empty if the student was not returned since last submitted
     */
    public Optional<String> returnReason() {
        return Optional.ofNullable(returnReason);
    }

    /**
     * Returns the marks that ask the authority to look at the record.
     *
     * @return the flags, not null, unmodifiable
     */
    public Set<StudentFlag> flags() {
        return flags;
    }

    /**
     * Returns the optimistic version: zero when first stored, one more after each update.
     *
     * @return the version, not negative
     */
    public long version() {
        return version;
    }

    /**
     * Returns a copy with another version; stores use this when they store an update.
     *
     * @param newVersion  the version, not negative
     * @return the record with that version, not null
     * @throws IllegalArgumentException if the version is negative
     */
    public Student withVersion(long newVersion) {
        return toBuilder().version(newVersion).build();
    }

    /**
     * Returns a copy in another registration status, with a return reason or none.
     *
     * @param newStatus  the status, not null
     * @param reason  the reason the record was returned, or null
     * @return the changed record, keeping the version, not null
     */
    public Student withStatus(RegistrationStatus newStatus, String reason) {
        return toBuilder().status(newStatus).returnReason(reason).build();
    }

    /**
     * Tells whether this record holds its uniqueness key and registry number in the registry. A
     * {@link RegistrationStatus#DELETED} record holds neither, so the real record of the same
     * person can take them; every record keeps its regional number, which is never reused.
     * Stores enforce uniqueness of the key and registry number only among records that hold them.
     *
     * @return false for a deleted record, true otherwise
     */
    public boolean holdsKeyAndRegistryNumber() {
        return status != RegistrationStatus.DELETED;
    }

    /**
     * Tells whether an actor's scope may see this record. A record not deleted is visible to
     * every scope that contains its school. A {@link RegistrationStatus#DELETED} record is
     * visible only to its school, the central school of a branch, and its registry authority
     * (the county, as {@link Scope#isRegistryAuthorityOf}); a city or the province above the
     * county does not see it, nor does anyone outside.
     *
     * @param scope  the reader's scope, not null
     * @return true if the reader may see the record
     */
    public boolean isVisibleTo(Scope scope) {
        requireNonNull(scope, "scope");
        if (status != RegistrationStatus.DELETED) {
            return scope.contains(place);
        }
        return (!scope.level().isAuthority() && scope.contains(place))
                || scope.isRegistryAuthorityOf(place);
    }

    /**
     * Describes the record as field names to values, for audit entries. The values are complete,
     * identity numbers included; the audit trail masks them when it renders an entry.
     *
     * @return the fields in a fixed order, not null
     */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", id.toString());
        fields.put("name", details.name());
        fields.put("sex", details.sex().code());
        fields.put("birthDate", details.birthDate().toString());
        if (identityDocument != null) {
            fields.put("identityDocument", identityDocument.type().code() + " "
                    + identityDocument.number().orElse(""));
        }
        fields.put("registryNumber", registryNumber.value());
        fields.put("regionalNumber", regionalNumber.value());
        fields.put("class", classId.toString());
        if (!cohort.equals(classId.cohort())) {
            fields.put("cohort", cohort.toString());
        }
        fields.put("status", status.name());
        if (graduation != null) {
            fields.put("graduation", graduation.name());
        }
        if (keptGradeAt != null) {
            fields.put("keptGradeAt", keptGradeAt.toString());
        }
        if (returnReason != null) {
            fields.put("returnReason", returnReason);
        }
        if (!flags.isEmpty()) {
            fields.put("flags", flags.stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(",")));
        }
        return fields;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Student)) {
            return false;
        }
        Student other = (Student) obj;
        return version == other.version && id.equals(other.id) && key.equals(other.key)
                && details.equals(other.details)
                && Objects.equals(identityDocument, other.identityDocument)
                && guardians.equals(other.guardians)
                && registryNumber.equals(other.registryNumber)
                && regionalNumber.equals(other.regionalNumber) && place.equals(other.place)
                && classId.equals(other.classId) && cohort.equals(other.cohort)
                && status == other.status && graduation == other.graduation
                && Objects.equals(keptGradeAt, other.keptGradeAt)
                && Objects.equals(returnReason, other.returnReason) && flags.equals(other.flags);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /**
     * Returns a description with the registry number masked, such as
     * {@code Student{G340104********0012 张三, COLLECTED, v0}}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "Student{" + registryNumber + " " + details.name() + ", " + status + ", v"
                + version + "}";
    }

    /**
     * Collects the fields of a {@link Student}. Not thread-safe.
     */
    public static final class Builder {
        private StudentId id;
        private StudentKey key;
        private StudentDetails details;
        private IdentityDocument identityDocument;
        private List<Guardian> guardians = List.of();
        private RegistryNumber registryNumber;
        private RegionalStudentNumber regionalNumber;
        private Scope place;
        private ClassId classId;
        private AcademicYear cohort;
        private RegistrationStatus status = RegistrationStatus.COLLECTED;
        private GraduationKind graduation;
        private AcademicYear keptGradeAt;
        private String returnReason;
        private final Set<StudentFlag> flags = EnumSet.noneOf(StudentFlag.class);
        private long version;

        private Builder() {
        }

        /**
         * Sets the record's own key.
         *
         * @param id  the id, not null
         * @return this builder, not null
         */
        public Builder id(StudentId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the uniqueness key.
         *
         * @param key  the key, not null
         * @return this builder, not null
         */
        public Builder key(StudentKey key) {
            this.key = key;
            return this;
        }

        /**
         * Sets the personal data.
         *
         * @param details  the details, not null
         * @return this builder, not null
         */
        public Builder details(StudentDetails details) {
            this.details = details;
            return this;
        }

        /**
         * Sets the identity document.
         *
         * @param identityDocument  the document, null for none
         * @return this builder, not null
         */
        public Builder identityDocument(IdentityDocument identityDocument) {
            this.identityDocument = identityDocument;
            return this;
        }

        /**
         * Sets the guardians.
         *
         * @param guardians  at most two guardians, not null
         * @return this builder, not null
         */
        public Builder guardians(List<Guardian> guardians) {
            this.guardians = List.copyOf(guardians);
            return this;
        }

        /**
         * Sets the registry number.
         *
         * @param registryNumber  the number, not null
         * @return this builder, not null
         */
        public Builder registryNumber(RegistryNumber registryNumber) {
            this.registryNumber = registryNumber;
            return this;
        }

        /**
         * Sets the regional number.
         *
         * @param regionalNumber  the number, not null
         * @return this builder, not null
         */
        public Builder regionalNumber(RegionalStudentNumber regionalNumber) {
            this.regionalNumber = regionalNumber;
            return this;
        }

        /**
         * Sets the place of the student's school.
         *
         * @param place  the school's scope, not null
         * @return this builder, not null
         */
        public Builder place(Scope place) {
            this.place = place;
            return this;
        }

        /**
         * Sets the class, and with it the cohort: the class's, unless {@link #cohort} is called
         * after this method. Placing a student in a class so puts them in its grade.
         *
         * @param classId  the class, of the place's school, not null
         * @return this builder, not null
         */
        public Builder classId(ClassId classId) {
            this.classId = classId;
            this.cohort = null;
            return this;
        }

        /**
         * Sets the cohort, when it differs from the class's; call it after {@link #classId}.
         *
         * @param cohort  the school year of grade 1, or null for the class's
         * @return this builder, not null
         */
        public Builder cohort(AcademicYear cohort) {
            this.cohort = cohort;
            return this;
        }

        /**
         * Sets how the student left the stage; it is kept only with the status
         * {@link RegistrationStatus#GRADUATED}, and dropped with any other status.
         *
         * @param graduation  the kind, or null for none
         * @return this builder, not null
         */
        public Builder graduation(GraduationKind graduation) {
            this.graduation = graduation;
            return this;
        }

        /**
         * Sets the school year of the last rollover that kept the student's grade.
         *
         * @param keptGradeAt  the school year, or null for none
         * @return this builder, not null
         */
        public Builder keptGradeAt(AcademicYear keptGradeAt) {
            this.keptGradeAt = keptGradeAt;
            return this;
        }

        /**
         * Sets the registration status.
         *
         * @param status  the status, not null
         * @return this builder, not null
         */
        public Builder status(RegistrationStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the reason of the last return.
         *
         * @param returnReason  the reason, null for none
         * @return this builder, not null
         */
        public Builder returnReason(String returnReason) {
            this.returnReason = returnReason;
            return this;
        }

        /**
         * Adds a flag.
         *
         * @param flag  the flag, not null
         * @return this builder, not null
         */
        public Builder flag(StudentFlag flag) {
            this.flags.add(requireNonNull(flag, "flag"));
            return this;
        }

        /**
         * Sets the optimistic version.
         *
         * @param version  the version, not negative
         * @return this builder, not null
         */
        public Builder version(long version) {
            this.version = version;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record, not null
         * @throws NullPointerException if a required field was not set, or the status is
         *     {@link RegistrationStatus#GRADUATED} without a graduation kind
         * @throws IllegalArgumentException if the place is not a school's, the class is of
         *     another school, there are more than two guardians or the version is negative
         */
        public Student build() {
            return new Student(this);
        }
    }
}
