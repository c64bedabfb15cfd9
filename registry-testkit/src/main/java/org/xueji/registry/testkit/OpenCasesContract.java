package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.NOW;
import static org.xueji.registry.testkit.StorageFixtures.school;
import static org.xueji.registry.testkit.StorageFixtures.schoolClass;
import static org.xueji.registry.testkit.StudentFixtures.student;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.change.CaseState;
import org.xueji.registry.change.ChangeCase;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.spi.OpenCases;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.Student;

/**
 * The contract of {@link OpenCases} over the storage's change cases: a case is open while it is
 * applied for, being approved or returned, and closed once completed or withdrawn; a case
 * opened in the current transaction counts before it commits; a case whose transaction rolled
 * back never counts.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class OpenCasesContract {

    private final School school = school("2134000001", BAOHE, "包河区大圩中心学校");
    private final SchoolClass schoolClass = schoolClass(school, 2025, 1, "一年级（1）班");
    private RegistryStorage storage;
    private Student student;
    private Student other;
    private OpenCases openCases;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void storeStudents() {
        storage = storage();
        storage.schools().insert(school);
        storage.classes().insert(schoolClass);
        student = student(school, schoolClass, "张小花", 1);
        other = student(school, schoolClass, "李小草", 2);
        storage.students().insert(student);
        storage.students().insert(other);
        openCases = storage.openCases();
    }

    @Test
    void findsNoOpenCaseForAStudentWithoutCases() {
        assertThat(openCases.hasOpenCase(student.id())).isFalse();
    }

    @Test
    void seesACaseOpenedInTheSameTransactionBeforeItCommits() {
        boolean seen = storage.unitOfWork().inTransaction(() -> {
            storage.changeCases().insert(ChangeCaseFixtures.awaiting(student, student.place(),
                    NOW));
            return openCases.hasOpenCase(student.id());
        });

        assertThat(seen).isTrue();
        assertThat(openCases.hasOpenCase(student.id())).isTrue();
        assertThat(openCases.hasOpenCase(other.id())).isFalse();
    }

    @Test
    void doesNotCountACaseWhoseTransactionRolledBack() {
        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            storage.changeCases().insert(ChangeCaseFixtures.awaiting(student, student.place(),
                    NOW));
            throw new IllegalStateException("the work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(openCases.hasOpenCase(student.id())).isFalse();
    }

    @Test
    void countsAReturnedCaseAsOpenAndACompletedOrWithdrawnOneAsClosed() {
        ChangeCase first = ChangeCaseFixtures.awaiting(student, student.place(), NOW);
        ChangeCase second = ChangeCaseFixtures.awaiting(student, student.place(), NOW);
        storage.changeCases().insert(first);
        storage.changeCases().insert(second);

        storage.changeCases().update(ChangeCaseFixtures.closed(first, CaseState.COMPLETED));
        ChangeCase returned = storage.changeCases().update(
                ChangeCaseFixtures.closed(second, CaseState.RETURNED));
        assertThat(openCases.hasOpenCase(student.id())).isTrue();

        storage.changeCases().update(ChangeCaseFixtures.closed(returned, CaseState.WITHDRAWN));
        assertThat(openCases.hasOpenCase(student.id())).isFalse();
    }

    @Test
    void keepsACaseOpenWhenTheTransactionThatClosedItRolledBack() {
        ChangeCase open = ChangeCaseFixtures.awaiting(student, student.place(), NOW);
        storage.changeCases().insert(open);

        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            storage.changeCases().update(ChangeCaseFixtures.closed(open, CaseState.COMPLETED));
            assertThat(openCases.hasOpenCase(student.id())).isFalse();
            throw new IllegalStateException("the work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(openCases.hasOpenCase(student.id())).isTrue();
    }
}
