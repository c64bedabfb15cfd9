package org.xueji.registry.policy;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.CalendarPolicy;
import org.xueji.registry.change.ChangePolicy;
import org.xueji.registry.identity.AnhuiRegionalNumberScheme;
import org.xueji.registry.identity.DivisionDirectory;
import org.xueji.registry.identity.RegionalNumberScheme;

/**
 * The rules a province sets for its registry, as data and small rule objects. {@link #anhui()}
 * holds Anhui's rules, the shipped default; a province changes what differs with the
 * {@code with} methods.
 *
 * <p>The school year's dates, the rollover day among them, come from one place, the
 * {@link #calendar()} policy.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegistryPolicy {

    private final CalendarPolicy calendar;
    private final ClassSizePolicy classSizes;
    private final EntryAgePolicy entryAge;
    private final PhotoPolicy photos;
    private final RegionalNumberScheme regionalNumbers;
    private final ChangePolicy changes;
    private final DivisionDirectory divisionDirectory;

    private RegistryPolicy(CalendarPolicy calendar, ClassSizePolicy classSizes,
            EntryAgePolicy entryAge, PhotoPolicy photos, RegionalNumberScheme regionalNumbers,
            ChangePolicy changes, DivisionDirectory divisionDirectory) {
        this.calendar = calendar;
        this.classSizes = classSizes;
        this.entryAge = entryAge;
        this.photos = photos;
        this.regionalNumbers = regionalNumbers;
        this.changes = changes;
        this.divisionDirectory = divisionDirectory;
    }

    /**
     * Returns Anhui's rules: the calendar of {@link CalendarPolicy#anhui()} (the school year turns
     * over on 1 August; new students are collected and reviewed until 30 September), class sizes
     * as {@link ClassSizePolicy#anhui()}, entry age as {@link EntryAgePolicy#anhui()}, photos as
     * {@link PhotoPolicy#national()}, regional numbers in Anhui's layout and the change rules of
     * {@link ChangePolicy#anhui()}.
     *
     * @return the policy, not null
     */
    public static RegistryPolicy anhui() {
        return new RegistryPolicy(CalendarPolicy.anhui(), ClassSizePolicy.anhui(),
                EntryAgePolicy.anhui(), PhotoPolicy.national(),
                AnhuiRegionalNumberScheme.instance(), ChangePolicy.anhui(), null);
    }

    /**
     * Returns the dates of each school year: terms, windows and the rollover day.
     *
     * @return the calendar policy, not null
     */
    public CalendarPolicy calendar() {
        return calendar;
    }

    /**
     * Returns the class-size caps and what happens above them.
     *
     * @return the class-size policy, not null
     */
    public ClassSizePolicy classSizes() {
        return classSizes;
    }

    /**
     * Returns the entry-age rule of grade 1.
     *
     * @return the entry-age policy, not null
     */
    public EntryAgePolicy entryAge() {
        return entryAge;
    }

    /**
     * Returns the photo rule.
     *
     * @return the photo policy, not null
     */
    public PhotoPolicy photos() {
        return photos;
    }

    /**
     * Returns how regional student numbers are formed.
     *
     * @return the scheme, not null
     */
    public RegionalNumberScheme regionalNumbers() {
        return regionalNumbers;
    }

    /**
     * Returns the school year that a day falls in by the calendar policy's dates. The registry's
     * current school year is the stored calendar's, which moves when the rollover runs.
     *
     * @param date  the day, not null
     * @return the school year, not null
     */
    public AcademicYear schoolYearOn(LocalDate date) {
        return calendar.yearContaining(requireNonNull(date, "date"));
    }

    /**
     * Returns the school year that today falls in by a clock, in the clock's time zone.
     *
     * @param clock  the clock, not null
     * @return the school year, not null
     */
    public AcademicYear currentSchoolYear(Clock clock) {
        return schoolYearOn(LocalDate.now(requireNonNull(clock, "clock")));
    }

    /**
     * Returns a copy with another calendar policy.
     *
     * @param newCalendar  the calendar policy, not null
     * @return the changed policy, not null
     */
    public RegistryPolicy withCalendar(CalendarPolicy newCalendar) {
        return new RegistryPolicy(requireNonNull(newCalendar, "newCalendar"), classSizes,
                entryAge, photos, regionalNumbers, changes,
                divisionDirectory);
    }

    /**
     * Returns a copy with other class-size rules.
     *
     * @param newClassSizes  the rules, not null
     * @return the changed policy, not null
     */
    public RegistryPolicy withClassSizes(ClassSizePolicy newClassSizes) {
        return new RegistryPolicy(calendar, requireNonNull(newClassSizes, "newClassSizes"),
                entryAge, photos, regionalNumbers, changes,
                divisionDirectory);
    }

    /**
     * Returns a copy with another entry-age rule.
     *
     * @param newEntryAge  the rule, not null
     * @return the changed policy, not null
     */
    public RegistryPolicy withEntryAge(EntryAgePolicy newEntryAge) {
        return new RegistryPolicy(calendar, classSizes,
                requireNonNull(newEntryAge, "newEntryAge"), photos, regionalNumbers, changes,
                divisionDirectory);
    }

    /**
     * Returns a copy with another photo rule.
     *
     * @param newPhotos  the rule, not null
     * @return the changed policy, not null
     */
    public RegistryPolicy withPhotos(PhotoPolicy newPhotos) {
        return new RegistryPolicy(calendar, classSizes, entryAge,
                requireNonNull(newPhotos, "newPhotos"), regionalNumbers, changes,
                divisionDirectory);
    }

    /**
     * Returns a copy with another scheme of regional numbers.
     *
     * @param newScheme  the scheme, not null
     * @return the changed policy, not null
     */
    public RegistryPolicy withRegionalNumbers(RegionalNumberScheme newScheme) {
        return new RegistryPolicy(calendar, classSizes, entryAge, photos,
                requireNonNull(newScheme, "newScheme"), changes, divisionDirectory);
    }

    /**
     * Returns the rules of student changes: the approval table, deadlines, transfer timing and
     * suspension limits.
     *
     * @return the change policy, not null
     */
    public ChangePolicy changes() {
        return changes;
    }

    /**
     * Returns a copy with other rules of student changes.
     *
     * @param newChanges  the change policy, not null
     * @return the changed policy, not null
     */
    public RegistryPolicy withChanges(ChangePolicy newChanges) {
        return new RegistryPolicy(calendar, classSizes, entryAge, photos, regionalNumbers,
                requireNonNull(newChanges, "newChanges"), divisionDirectory);
    }

    /**
     * Returns the directory of division codes that stored identity numbers are checked against
     * when the problem queue is {@linkplain org.xueji.registry.problem.Problems#scan scanned}.
     *
     * @return the directory, or empty to check only the province digits (the default)
     */
    public Optional<DivisionDirectory> divisionDirectory() {
        return Optional.ofNullable(divisionDirectory);
    }

    /**
     * Returns a copy that checks stored identity numbers against a directory of division codes.
     * Enrollment does not use it; a scan of the problem queue reports the numbers it rejects.
     *
     * @param newDirectory  the directory, not null
     * @return the changed policy, not null
     */
    public RegistryPolicy withDivisionDirectory(DivisionDirectory newDirectory) {
        return new RegistryPolicy(calendar, classSizes, entryAge, photos, regionalNumbers,
                changes, requireNonNull(newDirectory, "newDirectory"));
    }
}
