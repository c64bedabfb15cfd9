package org.xueji.registry.inmemory;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.Scope;
import org.xueji.registry.change.CaseId;
import org.xueji.registry.change.ChangeCase;
import org.xueji.registry.spi.ChangeCaseStore;
import org.xueji.registry.student.StudentId;

/**
 * Change cases in memory, versioned, every write undone if its transaction rolls back.
 */
final class InMemoryChangeCaseStore implements ChangeCaseStore {

    private static final Comparator<ChangeCase> APPLICATION_ORDER =
            Comparator.comparing(ChangeCase::appliedAt).thenComparing(ChangeCase::id);

    private final Table<CaseId, ChangeCase> table;

    InMemoryChangeCaseStore(InMemoryUnitOfWork unitOfWork) {
        this.table = new Table<>(unitOfWork, RecordKind.CHANGE_CASE, ChangeCase::id,
                ChangeCase::version, ChangeCase::withVersion);
    }

    @Override
    public void insert(ChangeCase changeCase) {
        table.insert(requireNonNull(changeCase, "changeCase"));
    }

    @Override
    public ChangeCase update(ChangeCase changeCase) {
        return table.update(requireNonNull(changeCase, "changeCase"));
    }

    @Override
    public Optional<ChangeCase> find(CaseId id) {
        return table.find(requireNonNull(id, "id"));
    }

    @Override
    public List<ChangeCase> listForStudent(StudentId student) {
        requireNonNull(student, "student");
        return sorted(c -> c.student().equals(student));
    }

    @Override
    public List<ChangeCase> listOpenForStudent(StudentId student) {
        requireNonNull(student, "student");
        return sorted(c -> c.student().equals(student) && c.state().isOpen());
    }

    @Override
    public List<ChangeCase> listPendingFor(Scope approver) {
        requireNonNull(approver, "approver");
        return sorted(c -> c.currentStep().map(step -> step.isDecidableBy(approver))
                .orElse(false));
    }

    private List<ChangeCase> sorted(Predicate<ChangeCase> filter) {
        return table.list(filter).stream().sorted(APPLICATION_ORDER).toList();
    }
}
