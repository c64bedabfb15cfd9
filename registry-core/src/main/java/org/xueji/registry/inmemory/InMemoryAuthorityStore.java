package org.xueji.registry.inmemory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xueji.registry.RecordKind;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.organisation.Authority;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.spi.AuthorityStore;
import org.xueji.registry.spi.StoreFailures;

/**
 * Authorities in memory, unique by unit code and by division.
 */
final class InMemoryAuthorityStore implements AuthorityStore {

    private final InMemoryUnitOfWork unitOfWork;
    private final Table<UnitCode, Authority> table;
    private final Map<DivisionCode, UnitCode> byDivision = new HashMap<>();

    InMemoryAuthorityStore(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
        this.table = new Table<>(unitOfWork, RecordKind.AUTHORITY, Authority::code,
                Authority::version, Authority::withVersion);
    }

    @Override
    public void insert(Authority authority) {
        DivisionCode division = authority.division();
        unitOfWork.locked(() -> {
            if (byDivision.containsKey(division)) {
                throw StoreFailures.duplicate(RecordKind.AUTHORITY, division);
            }
            table.insert(authority);
            byDivision.put(division, authority.code());
            unitOfWork.onRollBack(() -> byDivision.remove(division));
            return null;
        });
    }

    @Override
    public Authority update(Authority authority) {
        return table.update(authority);
    }

    @Override
    public Optional<Authority> find(UnitCode code) {
        return table.find(code);
    }

    @Override
    public Optional<Authority> findByDivision(DivisionCode division) {
        return unitOfWork.locked(() ->
                Optional.ofNullable(byDivision.get(division)).flatMap(table::find));
    }

    @Override
    public List<Authority> listWithin(DivisionCode division) {
        return table.list(authority -> authority.division().isWithin(division));
    }
}
