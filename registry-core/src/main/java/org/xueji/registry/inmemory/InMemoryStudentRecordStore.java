package org.xueji.registry.inmemory;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xueji.registry.records.RecordEntry;
import org.xueji.registry.spi.StudentRecordStore;
import org.xueji.registry.student.StudentId;

/**
 * Students' records in memory, per student in the order appended.
 */
final class InMemoryStudentRecordStore implements StudentRecordStore {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<StudentId, List<RecordEntry>> entries = new HashMap<>();

    InMemoryStudentRecordStore(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void append(StudentId student, RecordEntry entry) {
        requireNonNull(student, "student");
        requireNonNull(entry, "entry");
        unitOfWork.locked(() -> {
            List<RecordEntry> list = entries.computeIfAbsent(student, id -> new ArrayList<>());
            list.add(entry);
            unitOfWork.onRollBack(() -> list.remove(list.size() - 1));
            return null;
        });
    }

    @Override
    public List<RecordEntry> list(StudentId student) {
        return unitOfWork.locked(() -> List.copyOf(entries.getOrDefault(student, List.of())));
    }
}
