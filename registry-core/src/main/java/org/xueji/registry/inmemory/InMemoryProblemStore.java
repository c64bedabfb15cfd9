package org.xueji.registry.inmemory;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.xueji.registry.access.Scope;
import org.xueji.registry.problem.ProblemRecord;
import org.xueji.registry.spi.ProblemStore;

/**
 * The problem queue in memory, in the order entries were added.
 */
final class InMemoryProblemStore implements ProblemStore {

    private final InMemoryUnitOfWork unitOfWork;
    private final List<ProblemRecord> problems = new ArrayList<>();

    InMemoryProblemStore(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(ProblemRecord problem) {
        requireNonNull(problem, "problem");
        unitOfWork.locked(() -> {
            problems.add(problem);
            unitOfWork.onRollBack(() -> problems.remove(problems.size() - 1));
            return null;
        });
    }

    @Override
    public List<ProblemRecord> listWithin(Scope scope) {
        return unitOfWork.locked(() -> problems.stream()
                .filter(problem -> scope.contains(problem.place()))
                .collect(Collectors.toUnmodifiableList()));
    }
}
