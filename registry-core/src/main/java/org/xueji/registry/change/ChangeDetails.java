package org.xueji.registry.change;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.xueji.registry.access.Scope;
import org.xueji.registry.code.Sex;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.organisation.ClassId;

/**
 * What a change case asks for, one record type per {@link ChangeKind}.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface ChangeDetails {

    /**
     * Returns the kind of change these details belong to.
     *
     * @return the kind, not null
     */
    ChangeKind kind();

    /**
     * Describes the details as field names to values, for the audit trail and the history.
     *
     * @return the fields in a fixed order, not null
     */
    Map<String, String> facts();

    /**
     * A transfer (转学) from the student's school and class to a class of another school.
     *
     * @param fromClass  the class the student leaves, not null
     * @param fromPlace  the place of the sending school, not null
     * @param toClass  the class the student joins, of the same cohort, not null
     * @param toPlace  the place of the receiving school, not null
     */
    record Transfer(ClassId fromClass, Scope fromPlace, ClassId toClass, Scope toPlace)
            implements ChangeDetails {

        /**
         * Creates the details.
         *
         * @throws NullPointerException if a value is null
         */
        public Transfer {
            requireNonNull(fromClass, "fromClass");
            requireNonNull(fromPlace, "fromPlace");
            requireNonNull(toClass, "toClass");
            requireNonNull(toPlace, "toPlace");
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.TRANSFER;
        }

        @Override
        public Map<String, String> facts() {
            return Map.of("fromClass", fromClass.toString(), "toClass", toClass.toString());
        }
    }

    /**
     * A suspension (休学) or its renewal, for a period.
     *
     * @param from  the first day of the suspension, not null
     * @param until  the last day by which the student must resume, not before {@code from}
     */
    record Suspension(LocalDate from, LocalDate until) implements ChangeDetails {

        /**
         * Creates the details.
         *
         * @throws NullPointerException if a value is null
         * @throws IllegalArgumentException if the period ends before it starts
         */
        public Suspension {
            requireNonNull(from, "from");
            requireNonNull(until, "until");
            Preconditions.checkArgument(!until.isBefore(from), "until before from");
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.SUSPENSION;
        }

        @Override
        public Map<String, String> facts() {
            return Map.of("from", from.toString(), "until", until.toString());
        }
    }

    /**
     * A resumption (复学) into a class of the student's school.
     *
     * @param toClass  the class the student returns to, not null
     */
    record Resumption(ClassId toClass) implements ChangeDetails {

        /**
         * Creates the details.
         *
         * @throws NullPointerException if the class is null
         */
        public Resumption {
            requireNonNull(toClass, "toClass");
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.RESUMPTION;
        }

        @Override
        public Map<String, String> facts() {
            return Map.of("toClass", toClass.toString());
        }
    }

    /**
     * A withdrawal (退学) from senior high school, effective on a day.
     *
     * @param effective  the day the student leaves, not null
     */
    record Withdrawal(LocalDate effective) implements ChangeDetails {

        /**
         * Creates the details.
         *
         * @throws NullPointerException if the day is null
         */
        public Withdrawal {
            requireNonNull(effective, "effective");
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.WITHDRAWAL;
        }

        @Override
        public Map<String, String> facts() {
            return Map.of("effective", effective.toString());
        }
    }

    /**
     * A dropout (辍学) from compulsory education, reported; the registry is kept.
     *
     * @param since  the first day the student stayed away, not null
     */
    record Dropout(LocalDate since) implements ChangeDetails {

        /**
         * Creates the details.
         *
         * @throws NullPointerException if the day is null
         */
        public Dropout {
            requireNonNull(since, "since");
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.DROPOUT;
        }

        @Override
        public Map<String, String> facts() {
            return Map.of("since", since.toString());
        }
    }

    /**
     * The cancellation of a deceased student's registry (死亡注销).
     *
     * @param dateOfDeath  the date of death, not null
     * @param filingDue  the last day the school should cancel the registry, not null
     */
    record Death(LocalDate dateOfDeath, LocalDate filingDue) implements ChangeDetails {

        /**
         * Creates the details.
         *
         * @throws NullPointerException if a value is null
         */
        public Death {
            requireNonNull(dateOfDeath, "dateOfDeath");
            requireNonNull(filingDue, "filingDue");
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.DEATH;
        }

        @Override
        public Map<String, String> facts() {
            return Map.of("dateOfDeath", dateOfDeath.toString(),
                    "filingDue", filingDue.toString());
        }
    }

    /**
     * A skip of one grade (跳级) into a class of the next grade of the student's school.
     *
     * @param toClass  the class, of the cohort one year earlier, not null
     */
    record GradeSkip(ClassId toClass) implements ChangeDetails {

        /**
         * Creates the details.
         *
         * @throws NullPointerException if the class is null
         */
        public GradeSkip {
            requireNonNull(toClass, "toClass");
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.GRADE_SKIP;
        }

        @Override
        public Map<String, String> facts() {
            return Map.of("toClass", toClass.toString());
        }
    }

    /**
     * A correction of key data (关键信息变更); each value is the corrected one, or null to keep
     * the current one. At least one value is given.
     *
     * @param name  the corrected name, or null
     * @param sex  the corrected sex, or null
     * @param birthDate  the corrected birth date, or null
     * @param identityNumber  the corrected identity number, or null
     */
    record KeyDataCorrection(String name, Sex sex, LocalDate birthDate,
            IdentityNumber identityNumber) implements ChangeDetails {

        /**
         * Creates the details, stripping the name.
         *
         * @throws IllegalArgumentException if no value is given or the name is blank
         */
        public KeyDataCorrection {
            name = name == null ? null : name.strip();
            Preconditions.checkArgument(name == null || !name.isEmpty(), "blank name");
            Preconditions.checkArgument(name != null || sex != null || birthDate != null
                    || identityNumber != null, "no value corrected");
        }

        /**
         * Returns the corrected identity number.
         *
         * @return the number, or empty if it stays
         */
        public Optional<IdentityNumber> newIdentityNumber() {
            return Optional.ofNullable(identityNumber);
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.KEY_DATA_CORRECTION;
        }

        @Override
        public Map<String, String> facts() {
            Map<String, String> facts = new LinkedHashMap<>();
            if (name != null) {
                facts.put("name", name);
            }
            if (sex != null) {
                facts.put("sex", sex.code());
            }
            if (birthDate != null) {
                facts.put("birthDate", birthDate.toString());
            }
            if (identityNumber != null) {
                facts.put("identityNumber", identityNumber.value());
            }
            return facts;
        }
    }
}
