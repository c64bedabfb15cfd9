package org.xueji.registry.inmemory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.Scope;
import org.xueji.registry.change.CaseId;
import org.xueji.registry.change.CaseState;
import org.xueji.registry.change.ChangeCase;
import org.xueji.registry.change.ChangeKind;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.spi.ChangeCaseStore;
import org.xueji.registry.student.StudentId;

/**
 * Change cases in memory, versioned, every write undone if its transaction rolls back. Each
 * write also opens or closes the case in the register of open cases, in the same transaction.
 */
final class InMemoryChangeCaseStore implements ChangeCaseStore {

    private static final Comparator<ChangeCase> APPLICATION_ORDER =
            Comparator.comparing(ChangeCase::appliedAt).thenComparing(ChangeCase::id);

    private final Table<CaseId, ChangeCase> table;
    private final InMemoryOpenCases openCases;

    InMemoryChangeCaseStore(InMemoryUnitOfWork unitOfWork, InMemoryOpenCases openCases) {
        this.openCases = openCases;
        this.table = new Table<>(unitOfWork, RecordKind.CHANGE_CASE, ChangeCase::id,
                ChangeCase::version, ChangeCase::withVersion);
    }

    @Override
    public void insert(ChangeCase changeCase) {
        table.insert(requireNonNull(changeCase, "changeCase"));
        register(changeCase);
    }

    @Override
    public ChangeCase update(ChangeCase changeCase) {
        ChangeCase stored = table.update(requireNonNull(changeCase, "changeCase"));
        register(stored);
        return stored;
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

    @Override
    public Map<ChangeKind, Long> countCompletedWithin(DivisionCode division, Instant from,
            Instant until) {
        Map<ChangeKind, Long> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeCase c : table.list(c -> c.state() == CaseState.COMPLETED
                && c.place().division().isWithin(division))) {
            Instant closed = c.closedAt().orElseThrow();
            if (!closed.isBefore(from) && closed.isBefore(until)) {
                counts.merge(c.kind(), 1L, Long::sum);
            }
        }
        return counts;
    }

    private void register(ChangeCase changeCase) {
        if (changeCase.state().isOpen()) {
            openCases.open(changeCase.student(), changeCase.id().toString());
        } else {
            openCases.close(changeCase.student(), changeCase.id().toString());
        }
    }

    private List<ChangeCase> sorted(Predicate<ChangeCase> filter) {
        return table.list(filter).stream().sorted(APPLICATION_ORDER).toList();
    }
}
