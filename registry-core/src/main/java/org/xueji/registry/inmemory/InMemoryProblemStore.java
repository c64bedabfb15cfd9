package org.xueji.registry.inmemory;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.Scope;
import org.xueji.registry.problem.ProblemFilter;
import org.xueji.registry.problem.ProblemId;
import org.xueji.registry.problem.ProblemKind;
import org.xueji.registry.problem.ProblemRecord;
import org.xueji.registry.spi.ProblemStore;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.student.StudentId;

/**
 * The problem queue in memory, in the order entries were added, with an index of open entries
 * by (kind, student); every change is undone on rollback.
 */
final class InMemoryProblemStore implements ProblemStore {

    private final InMemoryUnitOfWork unitOfWork;
    private final List<ProblemId> order = new ArrayList<>();
    private final Table<ProblemId, ProblemRecord> table;
    private final Map<String, ProblemId> open = new HashMap<>();

    InMemoryProblemStore(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
        this.table = new Table<>(unitOfWork, RecordKind.PROBLEM, ProblemRecord::id,
                ProblemRecord::version, ProblemRecord::withVersion);
    }

    @Override
    public void add(ProblemRecord problem) {
        requireNonNull(problem, "problem");
        Preconditions.checkArgument(problem.isOpen(), "a new entry is open");
        unitOfWork.locked(() -> {
            String key = openKey(problem.kind(), problem.student());
            if (open.containsKey(key)) {
                throw StoreFailures.duplicate(RecordKind.PROBLEM,
                        problem.kind() + " " + problem.student());
            }
            table.insert(problem);
            open.put(key, problem.id());
            order.add(problem.id());
            unitOfWork.onRollBack(() -> {
                open.remove(key);
                order.remove(order.size() - 1);
            });
            return null;
        });
    }

    @Override
    public ProblemRecord update(ProblemRecord problem) {
        requireNonNull(problem, "problem");
        return unitOfWork.locked(() -> {
            ProblemRecord updated = table.update(problem);
            String key = openKey(updated.kind(), updated.student());
            if (!updated.isOpen() && updated.id().equals(open.get(key))) {
                open.remove(key);
                unitOfWork.onRollBack(() -> open.put(key, updated.id()));
            }
            return updated;
        });
    }

    @Override
    public Optional<ProblemRecord> find(ProblemId id) {
        requireNonNull(id, "id");
        return table.find(id);
    }

    @Override
    public Optional<ProblemRecord> findOpen(ProblemKind kind, StudentId student) {
        requireNonNull(kind, "kind");
        requireNonNull(student, "student");
        return unitOfWork.locked(() -> Optional.ofNullable(open.get(openKey(kind, student)))
                .flatMap(table::find));
    }

    @Override
    public List<ProblemRecord> listForStudent(StudentId student) {
        requireNonNull(student, "student");
        return unitOfWork.locked(() -> inOrder().stream()
                .filter(problem -> problem.student().equals(student)).toList());
    }

    @Override
    public List<ProblemRecord> list(Scope scope, ProblemFilter filter) {
        requireNonNull(scope, "scope");
        requireNonNull(filter, "filter");
        return unitOfWork.locked(() -> inOrder().stream()
                .filter(problem -> scope.contains(problem.place()) && filter.fits(problem))
                .toList());
    }

    private List<ProblemRecord> inOrder() {
        List<ProblemRecord> problems = new ArrayList<>();
        for (ProblemId id : order) {
            table.find(id).ifPresent(problems::add);
        }
        return problems;
    }

    private static String openKey(ProblemKind kind, StudentId student) {
        return kind.name() + ":" + student;
    }
}
