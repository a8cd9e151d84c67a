package id.kawal.system;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells "the database cannot be reached" apart from every other failure. The same outage reaches Kawal
 * wrapped in many ways (Spring's transaction manager, Hibernate, Camunda's MyBatis, Spring Session,
 * Hikari), so the whole cause chain is searched.
 */
public final class DatabaseFaults {

    private DatabaseFaults() {
    }

    /** Whether {@code failure} or any of its causes says that the database is unreachable or went away. */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isClosedByPool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * HikariCP's answer to any use of a connection it has found broken and closed: {@code SQLException("Connection is
     * closed")}, without an SQLState. It is what a transaction's rollback meets when the database went away under the
     * transaction's connection (the rollback's failure then replaces the one that said so).
     */
    private static boolean isClosedByPool(SQLException sql) {
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
    }

    /**
     * Whether {@code failure} says that another transaction changed or took the same thing first: the engine's or
     * JPA's optimistic locking, a row lock that could not be had (lock timeout, deadlock), or a unique constraint that a
     * concurrent insert of the same thing broke. The user's request came a moment too late: a 409, not an error.
     */
    public static boolean isConcurrentUpdate(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof OptimisticLockingException
                    || t instanceof OptimisticLockingFailureException
                    || t instanceof PessimisticLockingFailureException
                    || t instanceof OptimisticLockException
                    || t instanceof PessimisticLockException
                    || t instanceof StaleStateException
                    || t instanceof NullValueException gone && isGone(gone)
                    || t instanceof SQLException sql && isConcurrencyState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The engine's word for a task or execution that another transaction has just completed: "Cannot find task with
     * id …" or "task … doesn't exist". Its other null-value failures (a missing argument) are errors, not conflicts.
     */
    private static boolean isGone(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        return message.startsWith("Cannot find") || message.contains("doesn't exist");
    }

    /**
     * 23505 is a unique violation (H2 and PostgreSQL); 40001 a serialization failure, 40P01 a deadlock (PostgreSQL);
     * HYT00 a lock timeout and 40001 a deadlock (H2).
     */
    static boolean isConcurrencyState(String sqlState) {
        return "23505".equals(sqlState) || "40001".equals(sqlState) || "40P01".equals(sqlState) || "HYT00".equals(sqlState)
                || "55P03".equals(sqlState);
    }

    /**
     * SQLState class 08 is "connection exception" in the SQL standard; PostgreSQL adds 57P01-57P03 for a
     * server that is shutting down, crashed or still starting.
     */
    static boolean isConnectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03"));
    }

    /** The innermost cause in one line, e.g. {@code PSQLException: Connection to localhost:5432 refused. ...}. */
    public static String rootCause(Throwable failure) {
        List<Throwable> chain = chain(failure);
        Throwable root = chain.get(chain.size() - 1);
        return root.getClass().getSimpleName() + ": " + String.valueOf(root.getMessage()).replaceAll("\\s+", " ").trim();
    }

    private static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
