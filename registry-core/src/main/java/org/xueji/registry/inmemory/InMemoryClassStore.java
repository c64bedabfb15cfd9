package org.xueji.registry.inmemory;

import java.util.List;
import java.util.Optional;
import org.xueji.registry.RecordKind;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.ClassStore;

/**
 * Classes in memory, unique by id.
 */
final class InMemoryClassStore implements ClassStore {

    private final Table<ClassId, SchoolClass> table;

    InMemoryClassStore(InMemoryUnitOfWork unitOfWork) {
        this.table = new Table<>(unitOfWork, RecordKind.CLASS, SchoolClass::id,
                SchoolClass::version, SchoolClass::withVersion);
    }

    @Override
    public void insert(SchoolClass schoolClass) {
        table.insert(schoolClass);
    }

    @Override
    public SchoolClass update(SchoolClass schoolClass) {
        return table.update(schoolClass);
    }

    @Override
    public Optional<SchoolClass> find(ClassId id) {
        return table.find(id);
    }

    @Override
    public List<SchoolClass> listBySchool(SchoolIdentifier school) {
        return table.list(schoolClass -> schoolClass.school().equals(school));
    }

    @Override
    public List<SchoolClass> listByCohort(SchoolIdentifier school, AcademicYear cohort) {
        return table.list(schoolClass -> schoolClass.school().equals(school)
                && schoolClass.id().cohort().equals(cohort));
    }
}
