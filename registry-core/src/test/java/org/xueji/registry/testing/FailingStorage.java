package org.xueji.registry.testing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.Scope;
import org.xueji.registry.code.Sex;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.AuditTrail;
import org.xueji.registry.spi.AuthorityStore;
import org.xueji.registry.spi.CalendarStore;
import org.xueji.registry.spi.ChangeCaseStore;
import org.xueji.registry.spi.ClassStore;
import org.xueji.registry.spi.EventFeed;
import org.xueji.registry.spi.EventSink;
import org.xueji.registry.spi.GraduationCaseStore;
import org.xueji.registry.spi.HistoryStore;
import org.xueji.registry.spi.HolidayCalendar;
import org.xueji.registry.spi.NumberSequence;
import org.xueji.registry.spi.OpenCases;
import org.xueji.registry.spi.PhotoStore;
import org.xueji.registry.spi.ProblemStore;
import org.xueji.registry.spi.RegistryNumberHistory;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.RolloverProgress;
import org.xueji.registry.spi.SchoolStore;
import org.xueji.registry.spi.StudentRecordStore;
import org.xueji.registry.spi.StudentSelection;
import org.xueji.registry.spi.StudentStore;
import org.xueji.registry.spi.UnitOfWork;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;
import org.xueji.registry.student.StudentTally;

/**
 * A storage whose student store fails once, on a chosen update, as a crashing database would;
 * every other call goes to the wrapped storage. It also counts the student updates.
 */
public final class FailingStorage implements RegistryStorage {

    private final RegistryStorage delegate;
    private final StudentStore students;
    private final AtomicInteger updates = new AtomicInteger();
    private volatile int failOn;
    private volatile Consumer<List<Student>> nextRace;

    /**
     * Wraps a storage so that its student store throws on the given update, counted from 1; zero
     * never fails.
     */
    public FailingStorage(RegistryStorage delegate, int failOn) {
        this.delegate = delegate;
        this.failOn = failOn;
        this.students = new FailingStudentStore(delegate.students());
    }

    /** Makes the n-th student update from now fail, counted from 1. */
    public void failOnUpdate(int n) {
        failOn = updates.get() + n;
    }

    /**
     * Runs some work once, just before the next batch of students is inserted, with that batch:
     * as another writer would that stores a clashing student between the batch's reads and its
     * write.
     */
    public void raceBeforeNextInsertAll(Consumer<List<Student>> race) {
        nextRace = race;
    }

    /** Returns how many student updates were asked for, including the failed one. */
    public int updates() {
        return updates.get();
    }

    @Override
    public UnitOfWork unitOfWork() {
        return delegate.unitOfWork();
    }

    @Override
    public AuthorityStore authorities() {
        return delegate.authorities();
    }

    @Override
    public SchoolStore schools() {
        return delegate.schools();
    }

    @Override
    public ClassStore classes() {
        return delegate.classes();
    }

    @Override
    public AuditTrail auditTrail() {
        return delegate.auditTrail();
    }

    @Override
    public EventSink events() {
        return delegate.events();
    }

    @Override
    public StudentStore students() {
        return students;
    }

    @Override
    public NumberSequence sequences() {
        return delegate.sequences();
    }

    @Override
    public PhotoStore photos() {
        return delegate.photos();
    }

    @Override
    public CalendarStore calendar() {
        return delegate.calendar();
    }

    @Override
    public ProblemStore problems() {
        return delegate.problems();
    }

    @Override
    public StudentRecordStore records() {
        return delegate.records();
    }

    @Override
    public OpenCases openCases() {
        return delegate.openCases();
    }

    @Override
    public GraduationCaseStore graduations() {
        return delegate.graduations();
    }

    @Override
    public RolloverProgress rollovers() {
        return delegate.rollovers();
    }

    private final class FailingStudentStore implements StudentStore {
        private final StudentStore store;

        FailingStudentStore(StudentStore store) {
            this.store = store;
        }

        @Override
        public void insert(Student student) {
            store.insert(student);
        }

        @Override
        public void insertAll(List<Student> batch) {
            Consumer<List<Student>> race = nextRace;
            nextRace = null;
            if (race != null) {
                race.accept(batch);
            }
            store.insertAll(batch);
        }

        @Override
        public Map<StudentKey, Student> findByKeys(Collection<StudentKey> keys) {
            return store.findByKeys(keys);
        }

        @Override
        public Student update(Student student) {
            if (updates.incrementAndGet() == failOn) {
                failOn = 0;
                throw new RegistryException(ErrorCode.STORAGE_FAILURE, "数据库连接中断",
                        "The database connection was lost");
            }
            return store.update(student);
        }

        @Override
        public Optional<Student> find(StudentId id) {
            return store.find(id);
        }

        @Override
        public Optional<Scope> placeOf(StudentId id) {
            return store.placeOf(id);
        }

        @Override
        public Optional<Student> findByKey(StudentKey key) {
            return store.findByKey(key);
        }

        @Override
        public List<Student> findByPerson(String name, Sex sex, LocalDate birthDate) {
            return store.findByPerson(name, sex, birthDate);
        }

        @Override
        public int countInClass(ClassId classId) {
            return store.countInClass(classId);
        }

        @Override
        public List<Student> listBySchool(SchoolIdentifier school, RegistrationStatus status) {
            return store.listBySchool(school, status);
        }

        @Override
        public List<Student> listWithin(DivisionCode division, RegistrationStatus status) {
            return store.listWithin(division, status);
        }

        @Override
        public List<Student> page(StudentSelection selection, StudentId after, int limit) {
            return store.page(selection, after, limit);
        }

        @Override
        public long count(StudentSelection selection) {
            return store.count(selection);
        }

        @Override
        public List<Student> findInClass(ClassId classId, String name) {
            return store.findInClass(classId, name);
        }

        @Override
        public Optional<Student> findByRegistryNumber(RegistryNumber number) {
            return store.findByRegistryNumber(number);
        }

        @Override
        public List<StudentTally> tallyWithin(DivisionCode division) {
            return store.tallyWithin(division);
        }
    }

    @Override
    public ChangeCaseStore changeCases() {
        return delegate.changeCases();
    }

    @Override
    public HistoryStore history() {
        return delegate.history();
    }

    @Override
    public HolidayCalendar holidays() {
        return delegate.holidays();
    }

    @Override
    public EventFeed eventFeed() {
        return delegate.eventFeed();
    }

    @Override
    public RegistryNumberHistory registryNumberHistory() {
        return delegate.registryNumberHistory();
    }
}
