package org.xueji.registry.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Does some work with a connection that the caller has already placed in a transaction.
 *
 * @param <T>  the result type
 */
@FunctionalInterface
public interface SqlWork<T> {

    /**
     * Runs the work; it must neither commit, roll back nor close the connection.
     *
     * @param connection  the connection, in a transaction, not null
     * @return the result, may be null
     * @throws SQLException if the database refuses
     */
    T run(Connection connection) throws SQLException;
}
