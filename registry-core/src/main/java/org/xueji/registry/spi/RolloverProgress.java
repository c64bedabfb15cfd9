package org.xueji.registry.spi;

import java.util.List;
import java.util.Optional;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.RolloverCheckpoint;
import org.xueji.registry.calendar.RolloverEntry;

/**
 * Keeps the progress of each school year's rollover: one {@link RolloverCheckpoint} per target
 * year, changed by compare-and-set, and the entries the rollover lists for follow-up.
 *
 * <p>The rollover writes a batch of students, its entries and the next checkpoint in one
 * {@link UnitOfWork} transaction, and a checkpoint that another runner moved on makes the batch
 * roll back; so two administrators racing never handle a batch twice, and a crash loses at most
 * the batch under way. Writes join the current transaction. Implementations must be
 * thread-safe; a SQL store keeps the checkpoint as one row per target year with a version
 * column and the entries as rows keyed by target year and student.
 */
public interface RolloverProgress {

    /**
     * Finds the checkpoint of the rollover into a school year.
     *
     * @param target  the school year, not null
     * @return the checkpoint, or empty if that rollover never started here
     */
    Optional<RolloverCheckpoint> find(AcademicYear target);

    /**
     * Stores a checkpoint if the stored one for its target year equals the expected one.
     *
     * @param expected  the checkpoint read before, or null if none was stored for the year
     * @param replacement  the checkpoint to store, not null
     * @return true if it was stored, false if the stored checkpoint was not the expected one
     * @throws IllegalArgumentException if both are given for different target years
     */
    boolean compareAndSet(RolloverCheckpoint expected, RolloverCheckpoint replacement);

    /**
     * Adds entries listed by the rollover, each for its target year.
     *
     * @param entries  the entries, not null
     */
    void addEntries(List<RolloverEntry> entries);

    /**
     * Lists the entries of the rollover into a school year, in the order they were added.
     *
     * @param target  the school year, not null
     * @return the entries, not null
     */
    List<RolloverEntry> entries(AcademicYear target);
}
