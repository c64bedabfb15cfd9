package org.xueji.registry.jdbc.internal;

import java.sql.SQLException;
import java.util.Locale;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * Translates JDBC failures into the registry's error codes.
 *
 * <p>A unique-key violation becomes {@link ErrorCode#DUPLICATE}; every other failure becomes
 * {@link ErrorCode#STORAGE_FAILURE}. For integrity violations (SQLSTATE class 23) the server's
 * text is withheld from the cause, because servers quote the offending row there and the row
 * may hold an identity number; the SQLSTATE and vendor code are kept.
 */
public final class SqlErrors {

    private static final int MYSQL_DUPLICATE_ENTRY = 1062;
    private static final int MYSQL_DUPLICATE_ENTRY_WITH_KEY_NAME = 1586;
    private static final int MYSQL_DEADLOCK = 1213;
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    private static final int H2_LOCK_TIMEOUT = 50200;

    private SqlErrors() {
    }

    /**
     * Translates a failure that happened while doing something described by the caller.
     *
     * @param failure  the failure, not null
     * @param chineseAction  what was being done, in Chinese, not null
     * @param englishAction  what was being done, in English, not null
     * @return the exception to throw, not null
     */
    public static RegistryException translate(
            SQLException failure, String chineseAction, String englishAction) {
        if (isDuplicateKey(failure)) {
            return new RegistryException(ErrorCode.DUPLICATE,
                    chineseAction + "时发现重复记录",
                    "duplicate record while " + englishAction,
                    withheld(failure));
        }
        Throwable cause = isIntegrityViolation(failure) ? withheld(failure) : failure;
        return new RegistryException(ErrorCode.STORAGE_FAILURE,
                chineseAction + "时数据库出错（SQLSTATE " + failure.getSQLState() + "）",
                "database failure while " + englishAction
                        + " (SQLSTATE " + failure.getSQLState() + ")",
                cause);
    }

    /**
     * Tells whether a failure is a unique-key violation on any supported engine: SQLSTATE 23505
     * (PostgreSQL, H2) or vendor code 1062 or 1586 (MySQL, MariaDB).
     *
     * @param failure  the failure, not null
     * @return true if a unique or primary key refused the row
     */
    public static boolean isDuplicateKey(SQLException failure) {
        int vendorCode = failure.getErrorCode();
        return "23505".equals(failure.getSQLState())
                || vendorCode == MYSQL_DUPLICATE_ENTRY
                || vendorCode == MYSQL_DUPLICATE_ENTRY_WITH_KEY_NAME;
    }

    /**
     * Tells whether a unique-key violation names a constraint. Every supported engine names the
     * violated constraint or its index in the message (H2 in upper case, with a suffix); the
     * message is only searched, never logged or passed on.
     *
     * @param failure  a unique-key violation, not null
     * @param constraint  the constraint's name in lower case, not null
     * @return true if the message names the constraint
     */
    public static boolean names(SQLException failure, String constraint) {
        String message = failure.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains(constraint);
    }

    /**
     * Tells whether a failure, or any failure in its cause chain, is one the database expects the
     * client to retry: a serialization failure (40001), a detected deadlock (40P01), a MySQL
     * deadlock (vendor code 1213), or a wait for a row lock that ran out of time (H2's vendor code
     * 50200, MySQL's 1205). A lock-wait timeout is counted because H2 reports most contention that
     * way, with a default wait of one second that a busy machine exceeds; retrying the whole
     * transaction is safe, and the retry limit still ends a wait that never clears.
     *
     * @param failure  the failure, may be null
     * @return true if the whole transaction may be retried
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isTransientState(sql)) {
                return true;
            }
            if (t.getCause() == t) {
                return false;
            }
        }
        return false;
    }

    private static boolean isTransientState(SQLException failure) {
        String state = failure.getSQLState();
        int vendorCode = failure.getErrorCode();
        return "40001".equals(state) || "40P01".equals(state)
                || vendorCode == MYSQL_DEADLOCK || vendorCode == MYSQL_LOCK_WAIT_TIMEOUT
                || "HYT00".equals(state) && vendorCode == H2_LOCK_TIMEOUT;
    }

    private static boolean isIntegrityViolation(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && state.startsWith("23");
    }

    private static SQLException withheld(SQLException failure) {
        return new SQLException(
                "SQLSTATE " + failure.getSQLState() + ", vendor code " + failure.getErrorCode()
                        + " (server text withheld: it may quote personal data)",
                failure.getSQLState(), failure.getErrorCode());
    }
}
