package org.xueji.registry.inmemory;

import org.xueji.registry.spi.AuditTrail;
import org.xueji.registry.spi.AuthorityStore;
import org.xueji.registry.spi.CalendarStore;
import org.xueji.registry.spi.ChangeCaseStore;
import org.xueji.registry.spi.ClassStore;
import org.xueji.registry.spi.EventFeed;
import org.xueji.registry.spi.HistoryStore;
import org.xueji.registry.spi.GraduationCaseStore;
import org.xueji.registry.spi.NumberSequence;
import org.xueji.registry.spi.PhotoStore;
import org.xueji.registry.spi.ProblemStore;
import org.xueji.registry.spi.RegistryNumberHistory;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.RolloverProgress;
import org.xueji.registry.spi.SchoolStore;
import org.xueji.registry.spi.StudentRecordStore;
import org.xueji.registry.spi.StudentStore;
import org.xueji.registry.spi.UnitOfWork;

/**
 * Storage in memory, for tests, demonstrations and vendors' unit tests: every port of the
 * registry, safe under concurrent use, nothing kept after the process ends.
 *
 * <p>One lock serialises transactions and store accesses, and each transaction keeps an undo log,
 * so a failed use case leaves nothing behind and two threads racing to create the same record get
 * one success and one {@link org.xueji.registry.ErrorCode#DUPLICATE} failure. The number sequence
 * alone stands outside transactions: a number it handed out stays used after a rollback. The
 * calendar store starts empty; the registry stores the first calendar. The holiday calendar
 * starts with weekdays only; tests add holidays and make-up working days to it.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryStorage implements RegistryStorage {

    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryAuthorityStore authorities = new InMemoryAuthorityStore(unitOfWork);
    private final InMemorySchoolStore schools = new InMemorySchoolStore(unitOfWork);
    private final InMemoryClassStore classes = new InMemoryClassStore(unitOfWork);
    private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail(unitOfWork);
    private final InMemoryEventSink events = new InMemoryEventSink(unitOfWork);
    private final InMemoryStudentStore students = new InMemoryStudentStore(unitOfWork, classes);
    private final InMemoryNumberSequence sequences = new InMemoryNumberSequence();
    private final InMemoryPhotoStore photos = new InMemoryPhotoStore(unitOfWork);
    private final InMemoryCalendarStore calendar = new InMemoryCalendarStore(unitOfWork);
    private final InMemoryProblemStore problems = new InMemoryProblemStore(unitOfWork);
    private final InMemoryStudentRecordStore records = new InMemoryStudentRecordStore(unitOfWork);
    private final InMemoryRegistryNumberHistory numberHistory =
            new InMemoryRegistryNumberHistory(unitOfWork);
    private final InMemoryHistoryStore history = new InMemoryHistoryStore(unitOfWork);
    private final InMemoryHolidayCalendar holidays = new InMemoryHolidayCalendar();
    private final InMemoryOpenCases openCases = new InMemoryOpenCases(unitOfWork);
    private final InMemoryChangeCaseStore changeCases =
            new InMemoryChangeCaseStore(unitOfWork, openCases);
    private final InMemoryGraduationCaseStore graduations =
            new InMemoryGraduationCaseStore(unitOfWork);
    private final InMemoryRolloverProgress rollovers = new InMemoryRolloverProgress(unitOfWork);

    /**
     * Creates empty storage.
     */
    public InMemoryStorage() {
    }

    @Override
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    public AuthorityStore authorities() {
        return authorities;
    }

    @Override
    public SchoolStore schools() {
        return schools;
    }

    @Override
    public ClassStore classes() {
        return classes;
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    /**
     * Returns the event outbox, whose kept events tests can read.
     *
     * @return the sink, not null
     */
    @Override
    public InMemoryEventSink events() {
        return events;
    }

    @Override
    public StudentStore students() {
        return students;
    }

    @Override
    public NumberSequence sequences() {
        return sequences;
    }

    @Override
    public PhotoStore photos() {
        return photos;
    }

    @Override
    public CalendarStore calendar() {
        return calendar;
    }

    @Override
    public ProblemStore problems() {
        return problems;
    }

    @Override
    public StudentRecordStore records() {
        return records;
    }

    @Override
    public EventFeed eventFeed() {
        return events;
    }

    @Override
    public RegistryNumberHistory registryNumberHistory() {
        return numberHistory;
    }

    @Override
    public ChangeCaseStore changeCases() {
        return changeCases;
    }

    @Override
    public HistoryStore history() {
        return history;
    }

    /**
     * Returns the holiday calendar, to which holidays and make-up working days can be added.
     *
     * @return the calendar, not null
     */
    @Override
    public InMemoryHolidayCalendar holidays() {
        return holidays;
    }

    /**
     * Returns the register of open change cases, which the in-memory change-case store opens and
     * closes cases in.
     *
     * @return the register, not null
     */
    @Override
    public InMemoryOpenCases openCases() {
        return openCases;
    }

    @Override
    public GraduationCaseStore graduations() {
        return graduations;
    }

    @Override
    public RolloverProgress rollovers() {
        return rollovers;
    }
}
