package org.xueji.registry.inmemory;

import java.util.List;
import java.util.Optional;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.Scope;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.SchoolStore;

/**
 * Schools in memory, unique by identifier.
 */
final class InMemorySchoolStore implements SchoolStore {

    private final Table<SchoolIdentifier, School> table;

    InMemorySchoolStore(InMemoryUnitOfWork unitOfWork) {
        this.table = new Table<>(unitOfWork, RecordKind.SCHOOL, School::identifier,
                School::version, School::withVersion);
    }

    @Override
    public void insert(School school) {
        table.insert(school);
    }

    @Override
    public School update(School school) {
        return table.update(school);
    }

    @Override
    public Optional<School> find(SchoolIdentifier school) {
        return table.find(school);
    }

    @Override
    public Optional<Scope> placeOf(SchoolIdentifier school) {
        return table.find(school).map(School::scope);
    }

    @Override
    public List<School> listWithin(DivisionCode division) {
        return table.list(school -> school.division().isWithin(division));
    }

    @Override
    public List<School> listBranches(SchoolIdentifier centralSchool) {
        return table.list(school -> school.centralSchool().filter(centralSchool::equals)
                .isPresent());
    }
}
