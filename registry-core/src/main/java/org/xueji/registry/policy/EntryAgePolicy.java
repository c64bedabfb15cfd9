package org.xueji.registry.policy;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import org.xueji.registry.code.Disability;

/**
 * The entry-age rule of grade 1 (入学年龄): a child must have reached the entry age by the cut-off
 * day of the entry year, and may be older by deferred entry (缓学) up to a latest age; a province
 * may allow children with a disability more years through a {@link DisabilityAllowance}.
 *
 * <p>Anhui's default: six by 31 August, seven allowed as deferred entry, no extra years for a
 * disability. The rule applies to grade 1 only; later entry grades have no age rule here.
 *
 * <p>This class is immutable and thread-safe if its allowance is.
 */
public final class EntryAgePolicy {

    private final MonthDay cutOff;
    private final int entryAge;
    private final int latestAge;
    private final DisabilityAllowance allowance;

    private EntryAgePolicy(MonthDay cutOff, int entryAge, int latestAge,
            DisabilityAllowance allowance) {
        this.cutOff = cutOff;
        this.entryAge = entryAge;
        this.latestAge = latestAge;
        this.allowance = allowance;
    }

    /**
     * Returns Anhui's rule: six by 31 August, seven allowed, no allowance for a disability.
     *
     * @return the rule, not null
     */
    public static EntryAgePolicy anhui() {
        return of(MonthDay.of(8, 31), 6, 7);
    }

    /**
     * Obtains a rule with no allowance for a disability.
     *
     * @param cutOff  the day of the entry year by which the age is reached, not null
     * @param entryAge  the age a child must have reached, from 1
     * @param latestAge  the oldest age allowed, at least the entry age
     * @return the rule, not null
     * @throws IllegalArgumentException if the ages are out of order or not positive
     */
    public static EntryAgePolicy of(MonthDay cutOff, int entryAge, int latestAge) {
        requireNonNull(cutOff, "cutOff");
        Preconditions.checkArgument(entryAge >= 1 && latestAge >= entryAge,
                "ages %s to %s are out of order", entryAge, latestAge);
        return new EntryAgePolicy(cutOff, entryAge, latestAge, disability -> 0);
    }

    /**
     * Returns a copy with an allowance of extra years for children with a disability.
     *
     * @param newAllowance  the allowance, not null
     * @return the changed rule, not null
     */
    public EntryAgePolicy withDisabilityAllowance(DisabilityAllowance newAllowance) {
        return new EntryAgePolicy(cutOff, entryAge, latestAge,
                requireNonNull(newAllowance, "newAllowance"));
    }

    /**
     * Returns the day by which the age is reached, such as 31 August.
     *
     * @return the cut-off, not null
     */
    public MonthDay cutOff() {
        return cutOff;
    }

    /**
     * Returns the age a child must have reached.
     *
     * @return the entry age
     */
    public int entryAge() {
        return entryAge;
    }

    /**
     * Returns the oldest age allowed without a disability allowance.
     *
     * @return the latest age
     */
    public int latestAge() {
        return latestAge;
    }

    /**
     * Returns a child's age, in whole years, on the cut-off day of an entry year.
     *
     * @param birthDate  the birth date, not null
     * @param entryYear  the calendar year of entry, such as 2025
     * @return the age, negative if born after the cut-off day
     */
    public int ageOnCutOff(LocalDate birthDate, int entryYear) {
        return Period.between(birthDate, cutOff.atYear(entryYear)).getYears();
    }

    /**
     * Judges a child's age for entry into grade 1.
     *
     * @param birthDate  the birth date, not null
     * @param entryYear  the calendar year of entry, such as 2025
     * @param disability  the child's disability, {@link Disability#NONE} for none, not null
     * @return the verdict, not null
     */
    public Verdict check(LocalDate birthDate, int entryYear, Disability disability) {
        requireNonNull(birthDate, "birthDate");
        requireNonNull(disability, "disability");
        int age = ageOnCutOff(birthDate, entryYear);
        if (age < entryAge) {
            return Verdict.TOO_YOUNG;
        }
        if (age == entryAge) {
            return Verdict.ON_TIME;
        }
        int extra = disability.isDisability() ? Math.max(0, allowance.extraYears(disability)) : 0;
        return age <= latestAge + extra ? Verdict.DEFERRED : Verdict.TOO_OLD;
    }

    /**
     * How a child's age stands against the rule.
     */
    public enum Verdict {
        /** The child reached the entry age within the last year. */
        ON_TIME,
        /** The child is older, within the latest age and any allowance. */
        DEFERRED,
        /** The child has not reached the entry age: a preschool child (学龄前儿童). */
        TOO_YOUNG,
        /** The child is older than the rule allows. */
        TOO_OLD;

        /**
         * Tells whether the verdict allows entry.
         *
         * @return true for {@link #ON_TIME} and {@link #DEFERRED}
         */
        public boolean allowsEntry() {
            return this == ON_TIME || this == DEFERRED;
        }
    }

    /**
     * How many more years than the latest age a child with a disability may be, the policy hook
     * for provinces that admit such children later.
     */
    @FunctionalInterface
    public interface DisabilityAllowance {

        /**
         * Returns the extra years allowed for a disability.
         *
         * @param disability  the child's disability, never {@link Disability#NONE}, not null
         * @return the extra years, zero or more; a negative value counts as zero
         */
        int extraYears(Disability disability);
    }
}
