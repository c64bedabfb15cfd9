package org.xueji.registry.inmemory;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.spi.RegistryNumberHistory;
import org.xueji.registry.student.RegistryNumberChange;
import org.xueji.registry.student.StudentId;

/**
 * Replaced registry numbers in memory, in the order they were appended.
 */
final class InMemoryRegistryNumberHistory implements RegistryNumberHistory {

    private final InMemoryUnitOfWork unitOfWork;
    private final List<RegistryNumberChange> changes = new ArrayList<>();

    InMemoryRegistryNumberHistory(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void append(RegistryNumberChange change) {
        requireNonNull(change, "change");
        unitOfWork.locked(() -> {
            changes.add(change);
            unitOfWork.onRollBack(() -> changes.remove(change));
            return null;
        });
    }

    @Override
    public List<RegistryNumberChange> list(StudentId student) {
        return unitOfWork.locked(() -> changes.stream()
                .filter(change -> change.student().equals(student)).toList());
    }

    @Override
    public Optional<RegistryNumberChange> findByFormer(RegistryNumber former) {
        return unitOfWork.locked(() -> changes.stream()
                .filter(change -> change.former().equals(former)).findFirst());
    }
}
