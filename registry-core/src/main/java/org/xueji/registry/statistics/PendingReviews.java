package org.xueji.registry.statistics;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * The pending-review table of a report (待审核学籍): the submitted students of the scope, their
 * ages in working days and the review deadline of the school year (the end of the review window,
 * 30 September by default).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param deadline  the last day of the review window, not null
 * @param pending  the students waiting, by id, not null
 */
public record PendingReviews(LocalDate deadline, List<PendingReview> pending) {

    /**
     * Creates the table.
     *
     * @throws NullPointerException if a value is null
     */
    public PendingReviews {
        requireNonNull(deadline, "deadline");
        pending = List.copyOf(requireNonNull(pending, "pending"));
    }

    /**
     * Returns the number of students waiting.
     *
     * @return the total, not negative
     */
    public int total() {
        return pending.size();
    }

    /**
     * Returns the number of students waiting for an age band.
     *
     * @param band  the band, not null
     * @return the number, not negative
     */
    public long count(ReviewAgeBand band) {
        requireNonNull(band, "band");
        return pending.stream().filter(review -> review.ageBand() == band).count();
    }

    /**
     * Returns the number of students still waiting after the deadline.
     *
     * @return the number, not negative
     */
    public long overdue() {
        return pending.stream().filter(PendingReview::isOverdue).count();
    }
}
