package org.xueji.registry.inmemory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.RolloverCheckpoint;
import org.xueji.registry.calendar.RolloverEntry;
import org.xueji.registry.spi.RolloverProgress;

/**
 * The rollover's checkpoints and entries in memory, every write undone on rollback.
 */
final class InMemoryRolloverProgress implements RolloverProgress {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<AcademicYear, RolloverCheckpoint> checkpoints = new HashMap<>();
    private final List<RolloverEntry> entries = new ArrayList<>();

    InMemoryRolloverProgress(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Optional<RolloverCheckpoint> find(AcademicYear target) {
        requireNonNull(target, "target");
        return unitOfWork.locked(() -> Optional.ofNullable(checkpoints.get(target)));
    }

    @Override
    public boolean compareAndSet(RolloverCheckpoint expected, RolloverCheckpoint replacement) {
        requireNonNull(replacement, "replacement");
        checkArgument(expected == null || expected.target().equals(replacement.target()),
                "checkpoints of %s and %s", expected == null ? null : expected.target(),
                replacement.target());
        AcademicYear target = replacement.target();
        return unitOfWork.locked(() -> {
            RolloverCheckpoint stored = checkpoints.get(target);
            if (!Objects.equals(stored, expected)) {
                return false;
            }
            checkpoints.put(target, replacement);
            unitOfWork.onRollBack(() -> {
                if (stored == null) {
                    checkpoints.remove(target);
                } else {
                    checkpoints.put(target, stored);
                }
            });
            return true;
        });
    }

    @Override
    public void addEntries(List<RolloverEntry> added) {
        List<RolloverEntry> copy = List.copyOf(added);
        unitOfWork.locked(() -> {
            int size = entries.size();
            entries.addAll(copy);
            unitOfWork.onRollBack(() -> entries.subList(size, entries.size()).clear());
            return null;
        });
    }

    @Override
    public List<RolloverEntry> entries(AcademicYear target) {
        requireNonNull(target, "target");
        return unitOfWork.locked(() -> entries.stream()
                .filter(entry -> entry.target().equals(target)).toList());
    }
}
