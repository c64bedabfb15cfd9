package org.xueji.registry.inmemory;

import java.util.List;
import java.util.Optional;
import org.xueji.registry.RecordKind;
import org.xueji.registry.graduation.GraduationCase;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.spi.GraduationCaseStore;
import org.xueji.registry.student.StudentId;

/**
 * Senior-high graduation cases in memory, one per student.
 */
final class InMemoryGraduationCaseStore implements GraduationCaseStore {

    private final Table<StudentId, GraduationCase> table;

    InMemoryGraduationCaseStore(InMemoryUnitOfWork unitOfWork) {
        this.table = new Table<>(unitOfWork, RecordKind.GRADUATION_CASE, GraduationCase::student,
                GraduationCase::version, GraduationCase::withVersion);
    }

    @Override
    public void insert(GraduationCase graduationCase) {
        table.insert(graduationCase);
    }

    @Override
    public GraduationCase update(GraduationCase graduationCase) {
        return table.update(graduationCase);
    }

    @Override
    public Optional<GraduationCase> find(StudentId student) {
        return table.find(student);
    }

    @Override
    public List<GraduationCase> listWithin(DivisionCode division, GraduationCase.State state) {
        return table.list(found -> found.state() == state
                && found.place().division().isWithin(division));
    }
}
