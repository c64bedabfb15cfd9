package org.xueji.registry.inmemory;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.xueji.registry.spi.PhotoStore;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.StudentId;

/**
 * Photos in memory, one per student.
 */
final class InMemoryPhotoStore implements PhotoStore {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<StudentId, Photo> photos = new HashMap<>();

    InMemoryPhotoStore(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void save(StudentId student, Photo photo) {
        requireNonNull(student, "student");
        requireNonNull(photo, "photo");
        unitOfWork.locked(() -> {
            Photo before = photos.put(student, photo);
            unitOfWork.onRollBack(() -> {
                if (before == null) {
                    photos.remove(student);
                } else {
                    photos.put(student, before);
                }
            });
            return null;
        });
    }

    @Override
    public Optional<Photo> find(StudentId student) {
        return unitOfWork.locked(() -> Optional.ofNullable(photos.get(student)));
    }
}
