package org.xueji.registry.inmemory;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xueji.registry.change.HistoryEntry;
import org.xueji.registry.spi.HistoryStore;
import org.xueji.registry.student.StudentId;

/**
 * Students' history entries in memory, per student in the order appended.
 */
final class InMemoryHistoryStore implements HistoryStore {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<StudentId, List<HistoryEntry>> entries = new HashMap<>();

    InMemoryHistoryStore(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void append(StudentId student, HistoryEntry entry) {
        requireNonNull(student, "student");
        requireNonNull(entry, "entry");
        unitOfWork.locked(() -> {
            List<HistoryEntry> list = entries.computeIfAbsent(student, id -> new ArrayList<>());
            list.add(entry);
            unitOfWork.onRollBack(() -> list.remove(list.size() - 1));
            return null;
        });
    }

    @Override
    public List<HistoryEntry> list(StudentId student) {
        return unitOfWork.locked(() -> List.copyOf(entries.getOrDefault(student, List.of())));
    }
}
