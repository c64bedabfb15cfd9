package org.xueji.registry.spi;

/**
 * The storage the registry runs on: one adapter's set of ports, sharing one {@link UnitOfWork}.
 *
 * <p>Each method returns the same port every time. Later versions add ports as further methods of
 * this interface.
 */
public interface RegistryStorage {

    /**
     * Returns the transaction runner that every port of this storage joins.
     *
     * @return the unit of work, not null
     */
    UnitOfWork unitOfWork();

    /**
     * Returns the store of registry authorities.
     *
     * @return the store, not null
     */
    AuthorityStore authorities();

    /**
     * Returns the store of schools and branch schools.
     *
     * @return the store, not null
     */
    SchoolStore schools();

    /**
     * Returns the store of classes.
     *
     * @return the store, not null
     */
    ClassStore classes();

    /**
     * Returns the audit trail.
     *
     * @return the trail, not null
     */
    AuditTrail auditTrail();

    /**
     * Returns the sink for domain events.
     *
     * @return the sink, not null
     */
    EventSink events();

    /**
     * Returns the store of student records.
     *
     * @return the store, not null
     */
    StudentStore students();

    /**
     * Returns the allocator of serial numbers, which never hands a number out twice.
     *
     * @return the allocator, not null
     */
    NumberSequence sequences();

    /**
     * Returns the store of students' photos.
     *
     * @return the store, not null
     */
    PhotoStore photos();

    /**
     * Returns the keeper of the academic calendar's state.
     *
     * @return the store, not null
     */
    CalendarStore calendar();

    /**
     * Returns the problem queue.
     *
     * @return the store, not null
     */
    ProblemStore problems();

    /**
     * Returns the store of students' records that need no review.
     *
     * @return the store, not null
     */
    StudentRecordStore records();

    /**
     * Returns the reader of the committed events of the outbox.
     *
     * @return the feed, not null
     */
    EventFeed eventFeed();

    /**
     * Returns the history of replaced registry numbers.
     *
     * @return the history, not null
     */
    RegistryNumberHistory registryNumberHistory();

    /**
     * Returns the store of change cases (学籍变动申请).
     *
     * @return the store, not null
     */
    ChangeCaseStore changeCases();

    /**
     * Returns the store of students' history entries other than change cases.
     *
     * @return the store, not null
     */
    HistoryStore history();

    /**
     * Returns the calendar of working days, which deadlines of change cases count in.
     *
     * @return the calendar, not null
     */
    HolidayCalendar holidays();

    /**
     * Returns the port that tells whether a student has an open change case.
     *
     * @return the port, not null
     */
    OpenCases openCases();

    /**
     * Returns the store of senior-high graduation cases.
     *
     * @return the store, not null
     */
    GraduationCaseStore graduations();

    /**
     * Returns the keeper of the rollover's progress and follow-up lists.
     *
     * @return the store, not null
     */
    RolloverProgress rollovers();
}
