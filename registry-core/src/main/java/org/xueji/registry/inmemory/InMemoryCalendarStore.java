package org.xueji.registry.inmemory;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.xueji.registry.calendar.AcademicCalendar;
import org.xueji.registry.spi.CalendarStore;

/**
 * The academic calendar in memory, empty until the registry first stores one.
 */
final class InMemoryCalendarStore implements CalendarStore {

    private final InMemoryUnitOfWork unitOfWork;
    private AcademicCalendar calendar;

    InMemoryCalendarStore(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Optional<AcademicCalendar> find() {
        return unitOfWork.locked(() -> Optional.ofNullable(calendar));
    }

    @Override
    public boolean compareAndSet(AcademicCalendar expected, AcademicCalendar replacement) {
        requireNonNull(replacement, "replacement");
        return unitOfWork.locked(() -> {
            if (!Objects.equals(calendar, expected)) {
                return false;
            }
            AcademicCalendar before = calendar;
            calendar = replacement;
            unitOfWork.onRollBack(() -> calendar = before);
            return true;
        });
    }
}
