package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.calendar.AcademicCalendar;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.CalendarPolicy;
import org.xueji.registry.calendar.SchoolYearDates;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.spi.CalendarStore;

/**
 * The registry's academic calendar in the one row {@code registry} of the
 * {@code academic_calendar} table, which the migration creates without a state.
 *
 * <p>The row holds the current school year, the day the running rollover started (or null) and
 * the calendar policy as text, plus the SHA-256 digest, in hexadecimal, of all three as text
 * ({@code empty} while no calendar is stored). {@link #compareAndSet} is one UPDATE conditional
 * on the digest of the expected calendar: an engine lets one of two racing updates change the
 * row and makes the other find it changed, so one administrator wins and the other gets false.
 *
 * <p>The policy's text is one line per school year's dates: {@code template=} the dates the
 * policy repeats, as they fall in a year it does not override, then {@code override=} each
 * override in year order; a line's dates are the year's first calendar year, then the first
 * term's start, the enrollment close, the late submission close or {@code -}, the second term's
 * start, the graduation opening and deadline and the rollover day, ISO dates separated by commas.
 * Thread-safe.
 */
final class JdbcCalendarStore implements CalendarStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcCalendarStore.class);
    private static final String ROW = "registry";
    private static final String EMPTY = "empty";
    private static final int TEMPLATE_YEAR = 2003;
    private static final int LEAP_CYCLE = 28;

    private final JdbcTransactions transactions;

    JdbcCalendarStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<AcademicCalendar> find() {
        return transactions.withConnection("读取校历", "reading the calendar", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT current_year, rollover_started_on, policy FROM academic_calendar"
                            + " WHERE calendar_id = ?")) {
                statement.setString(1, ROW);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next() || row.getObject(1) == null) {
                        return Optional.<AcademicCalendar>empty();
                    }
                    AcademicYear year = AcademicYear.of(row.getInt(1));
                    LocalDate started = row.getObject(2, LocalDate.class);
                    CalendarPolicy policy = policy(row.getString(3));
                    return Optional.of(started == null
                            ? AcademicCalendar.of(policy, year)
                            : AcademicCalendar.ofRolloverInProgress(policy, year, started));
                }
            }
        });
    }

    @Override
    public boolean compareAndSet(AcademicCalendar expected, AcademicCalendar replacement) {
        requireNonNull(replacement, "replacement");
        String policy = text(replacement.policy());
        return transactions.withConnection("修改校历", "changing the calendar", connection -> {
            int changed;
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE academic_calendar SET state_digest = ?, current_year = ?,"
                            + " rollover_started_on = ?, policy = ?"
                            + " WHERE calendar_id = ? AND state_digest = ?")) {
                statement.setString(1, digest(replacement));
                statement.setInt(2, replacement.currentYear().startYear());
                LocalDate started = replacement.rolloverStartedOn().orElse(null);
                if (started == null) {
                    statement.setNull(3, Types.DATE);
                } else {
                    statement.setObject(3, started);
                }
                statement.setString(4, policy);
                statement.setString(5, ROW);
                statement.setString(6, expected == null ? EMPTY : digest(expected));
                changed = statement.executeUpdate();
            }
            if (changed == 0) {
                requireRow(connection);
            }
            LOG.trace("Calendar {} {}", replacement, changed == 1 ? "stored" : "not stored");
            return changed == 1;
        });
    }

    private static void requireRow(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM academic_calendar WHERE calendar_id = ?")) {
            statement.setString(1, ROW);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                if (row.getInt(1) == 0) {
                    throw new RegistryException(ErrorCode.STORAGE_FAILURE,
                            "校历表缺少迁移创建的记录",
                            "the academic_calendar row the migration creates is missing");
                }
            }
        }
    }

    /** Returns the digest of a calendar's year, rollover start and policy. */
    private static String digest(AcademicCalendar calendar) {
        String state = "year=" + calendar.currentYear().startYear() + "\nrollover="
                + calendar.rolloverStartedOn().map(LocalDate::toString).orElse("-") + "\n"
                + text(calendar.policy());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(state.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : hash) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Writes a policy as the text the class documents. */
    static String text(CalendarPolicy policy) {
        StringJoiner lines = new StringJoiner("\n");
        lines.add("template=" + dates(policy.dates(templateYear(policy))));
        policy.overrides().values().forEach(dates -> lines.add("override=" + dates(dates)));
        return lines.toString();
    }

    /** Reads a policy from the text the class documents. */
    static CalendarPolicy policy(String text) {
        CalendarPolicy policy = null;
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            SchoolYearDates dates = dates(line.substring(equals + 1));
            policy = policy == null
                    ? CalendarPolicy.repeating(dates)
                    : policy.withYear(dates);
        }
        return policy;
    }

    /**
     * Returns a year the policy does not override, a whole number of 28-year cycles from the
     * template's own year, so that its dates shift back to the template's exactly.
     */
    private static AcademicYear templateYear(CalendarPolicy policy) {
        for (int year = TEMPLATE_YEAR; ; year += LEAP_CYCLE) {
            if (policy.override(AcademicYear.of(year)).isEmpty()) {
                return AcademicYear.of(year);
            }
        }
    }

    private static String dates(SchoolYearDates dates) {
        return dates.year().startYear() + "," + dates.firstTermStart() + ","
                + dates.enrollmentClose() + ","
                + dates.lateSubmissionClose().map(LocalDate::toString).orElse("-") + ","
                + dates.secondTermStart() + "," + dates.graduationOpens() + ","
                + dates.graduationDeadline() + "," + dates.rolloverDay();
    }

    private static SchoolYearDates dates(String text) {
        String[] parts = text.split(",");
        SchoolYearDates.Builder builder =
                SchoolYearDates.builder(AcademicYear.of(Integer.parseInt(parts[0])))
                        .firstTermStart(LocalDate.parse(parts[1]))
                        .enrollmentClose(LocalDate.parse(parts[2]));
        if ("-".equals(parts[3])) {
            builder.noLateSubmission();
        } else {
            builder.lateSubmissionClose(LocalDate.parse(parts[3]));
        }
        return builder.secondTermStart(LocalDate.parse(parts[4]))
                .graduationOpens(LocalDate.parse(parts[5]))
                .graduationDeadline(LocalDate.parse(parts[6]))
                .rolloverDay(LocalDate.parse(parts[7]))
                .build();
    }
}
