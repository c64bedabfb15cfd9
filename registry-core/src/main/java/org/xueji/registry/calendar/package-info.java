/**
 * The academic calendar (校历): school years, grades, terms, the phases of a year, the windows in
 * which use cases may act, and the 1 August rollover, as pure values and a state machine.
 *
 * <p>Nothing here reads the system clock or touches storage: days come from a
 * {@link java.time.Clock} or a {@link java.time.LocalDate} passed in, and
 * {@link org.xueji.registry.calendar.AcademicCalendar} is an immutable value that a store keeps
 * and a use case replaces after each transition.
 *
 * <p>The exception is {@link org.xueji.registry.calendar.SchoolCalendar}, the use cases over the
 * stored calendar: today's phase by the registry's clock, the checks other use cases ask for,
 * and the rollover job, which reaches storage only through the ports.
 */
package org.xueji.registry.calendar;
