package org.xueji.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The demo's clock: fixed at ten in the morning, Shanghai time, of a day the demo moves forward
 * as it walks through the school year, since the calendar's windows depend on the date.
 */
final class DemoClock extends Clock {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant instant;

    DemoClock(LocalDate day) {
        setDay(day);
    }

    void setDay(LocalDate day) {
        instant = day.atTime(10, 0).atZone(SHANGHAI).toInstant();
    }

    LocalDate day() {
        return LocalDate.ofInstant(instant, SHANGHAI);
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant, zone);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
