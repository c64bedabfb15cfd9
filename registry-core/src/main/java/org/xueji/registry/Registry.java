package org.xueji.registry;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import org.xueji.registry.audit.AuditLog;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.change.Changes;
import org.xueji.registry.calendar.SchoolCalendar;
import org.xueji.registry.enrollment.Enrollment;
import org.xueji.registry.exchange.Exchange;
import org.xueji.registry.graduation.Graduations;
import org.xueji.registry.internal.Calendars;
import org.xueji.registry.organisation.Organisations;
import org.xueji.registry.photo.Photos;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.problem.Problems;
import org.xueji.registry.records.StudentRecords;
import org.xueji.registry.review.Reviews;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.statistics.Statistics;

/**
 * The registry (学籍管理系统): the one entry point through which schools, education bureaus and
 * vendors' systems use the library.
 *
 * <p>Build it over a storage adapter, a province's policy and a clock, then reach the use cases
 * through it:
 *
 * <pre>{@code
 * Registry registry = Registry.builder()
 *         .storage(new InMemoryStorage())
 *         .policy(RegistryPolicy.anhui())
 *         .clock(Clock.system(ZoneId.of("Asia/Shanghai")))
 *         .build();
 * registry.organisations().createSchool(provinceAdministrator, ...);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if its storage is.
 */
public final class Registry {

    private final RegistryStorage storage;
    private final RegistryPolicy policy;
    private final Clock clock;
    private final Organisations organisations;
    private final Enrollment enrollment;
    private final Reviews reviews;
    private final StudentRecords records;
    private final Problems problems;
    private final Photos photos;
    private final Statistics statistics;
    private final Exchange exchange;
    private final Changes changes;
    private final Calendars calendars;
    private final SchoolCalendar calendar;
    private final Graduations graduations;
    private final AuditLog audit;

    private Registry(Builder builder) {
        this.storage = builder.storage;
        this.policy = builder.policy;
        this.clock = builder.clock;
        this.organisations = new Organisations(storage, policy, clock);
        this.enrollment = new Enrollment(storage, policy, clock);
        this.reviews = new Reviews(storage, policy, clock);
        this.records = new StudentRecords(storage, clock);
        this.problems = new Problems(storage, policy, clock);
        this.photos = new Photos(storage, policy, clock);
        this.statistics = new Statistics(storage, policy, clock);
        this.exchange = new Exchange(storage, clock);
        this.changes = new Changes(storage, policy, clock);
        this.calendars = new Calendars(storage.calendar(), storage.unitOfWork(),
                policy.calendar(), clock);
        this.calendar = new SchoolCalendar(storage, policy, clock);
        this.graduations = new Graduations(storage, policy, clock);
        this.audit = new AuditLog(storage.auditTrail());
    }

    /**
     * Starts building a registry.
     *
     * @return a builder with Anhui's policy and no storage or clock, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the use cases of authorities, schools, branch schools and classes.
     *
     * @return the organisation use cases, not null
     */
    public Organisations organisations() {
        return organisations;
    }

    /**
     * Returns the use cases of new-student collection.
     *
     * @return the enrollment use cases, not null
     */
    public Enrollment enrollment() {
        return enrollment;
    }

    /**
     * Returns the use cases of new-student review: submit, approve, return.
     *
     * @return the review use cases, not null
     */
    public Reviews reviews() {
        return reviews;
    }

    /**
     * Returns the use cases of the student records kept without review.
     *
     * @return the records use cases, not null
     */
    public StudentRecords records() {
        return records;
    }

    /**
     * Returns the problem queue.
     *
     * @return the problem queue's use cases, not null
     */
    public Problems problems() {
        return problems;
    }

    /**
     * Returns the use cases of photo collection: zip archives of photos matched to students.
     *
     * @return the photo use cases, not null
     */
    public Photos photos() {
        return photos;
    }

    /**
     * Returns the statistics of an authority's scope.
     *
     * @return the statistics use cases, not null
     */
    public Statistics statistics() {
        return statistics;
    }

    /**
     * Returns the exchange with the national registry system: exports, the change feed and the
     * import of its answers.
     *
     * @return the exchange use cases, not null
     */
    public Exchange exchange() {
        return exchange;
    }

    /**
     * Returns the use cases of student changes (学籍变动): transfers, suspensions, corrections
     * and the other change cases, class changes, edits and students' histories.
     *
     * @return the change use cases, not null
     */
    public Changes changes() {
        return changes;
    }

    /**
     * Returns the academic calendar's use cases: today's phase, activity checks and the
     * school-year rollover.
     *
     * @return the calendar use cases, not null
     */
    public SchoolCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the use cases of graduation: compulsory records, senior submissions and approvals.
     *
     * @return the graduation use cases, not null
     */
    public Graduations graduations() {
        return graduations;
    }

    /**
     * Returns the reader of the audit trail.
     *
     * @return the audit log, not null
     */
    public AuditLog audit() {
        return audit;
    }

    /**
     * Returns the province's rules the registry applies.
     *
     * @return the policy, not null
     */
    public RegistryPolicy policy() {
        return policy;
    }

    /**
     * Returns the clock the registry reads the time from.
     *
     * @return the clock, not null
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns the current school year: the stored academic calendar's, which moves when the
     * rollover completes. A registry whose storage holds no calendar yet stores one in the
     * school year that contains today.
     *
     * @return the school year, not null
     */
    public AcademicYear currentSchoolYear() {
        return calendars.current().currentYear();
    }

    /**
     * Collects what a {@link Registry} is built over. Not thread-safe.
     */
    public static final class Builder {
        private RegistryStorage storage;
        private RegistryPolicy policy = RegistryPolicy.anhui();
        private Clock clock;

        private Builder() {
        }

        /**
         * Sets the storage adapter.
         *
         * @param storage  the storage, not null
         * @return this builder, not null
         */
        public Builder storage(RegistryStorage storage) {
            this.storage = requireNonNull(storage, "storage");
            return this;
        }

        /**
         * Sets the province's rules; Anhui's unless set.
         *
         * @param policy  the policy, not null
         * @return this builder, not null
         */
        public Builder policy(RegistryPolicy policy) {
            this.policy = requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the clock; the registry reads the time from nothing else.
         *
         * @param clock  the clock, in the province's time zone, not null
         * @return this builder, not null
         */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the registry.
         *
         * @return the registry, not null
         * @throws IllegalStateException if the storage or the clock was not set
         */
        public Registry build() {
            if (storage == null || clock == null) {
                throw new IllegalStateException("A registry needs a storage and a clock");
            }
            return new Registry(this);
        }
    }
}
