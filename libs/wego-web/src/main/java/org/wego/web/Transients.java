package org.wego.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a failure that may go away by itself (a database restarting, a lock held a moment too long, a connection
 * reset) from one that will fail the same way every time. HTTP answers the first kind with 503 and Retry-After
 * instead of 500; event consumers retry it with backoff, forever, and dead-letter only what can never be applied.
 *
 * <p>Classified by class names and SQLSTATE so that this library depends on neither Hibernate, Agroal nor the
 * MongoDB driver. When in doubt about a database error the answer is "transient": retrying a poison message costs a
 * log line per backoff step, dead-lettering a good one loses it.
 */
public final class Transients {

    /** Exception classes (or their superclasses) that mean "the dependency is away or busy, not your data". */
    private static final Set<String> TRANSIENT_CLASSES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.exception.LockTimeoutException",
            "org.hibernate.PessimisticLockException",
            "org.hibernate.QueryTimeoutException",
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.QueryTimeoutException",
            "jakarta.persistence.OptimisticLockException",
            "org.hibernate.StaleStateException",
            "jakarta.transaction.SystemException",
            "com.mongodb.MongoSocketException",
            "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoExecutionTimeoutException",
            "com.mongodb.MongoNotPrimaryException",
            "com.mongodb.MongoNodeIsRecoveringException",
            "com.mongodb.MongoConnectionPoolClearedException",
            "com.mongodb.MongoInterruptedException",
            "org.apache.kafka.common.errors.RetriableException",
            "org.wego.web.DependencyUnavailableException",
            "org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException",
            "org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException");

    private static final Set<String> LOST_RACES = Set.of("jakarta.persistence.OptimisticLockException",
            "org.hibernate.StaleStateException", "org.hibernate.dialect.lock.OptimisticEntityLockException");

    /** Jackson's errors are IOExceptions, but about the text, not the connection. */
    private static final Set<String> JSON_ERRORS = Set.of("com.fasterxml.jackson.core.JsonProcessingException");

    /** SQLSTATE classes that describe the request itself: bad data, a broken constraint, an unknown column. */
    private static final Set<String> PERMANENT_SQL_CLASSES = Set.of("22", "23", "42", "0A", "2B", "2F", "44");

    private Transients() {
    }

    /** True if {@code failure}, or anything it wraps, is an outage rather than a property of the input. */
    public static boolean isTransient(Throwable failure) {
        if (isPermanent(failure)) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || (t instanceof IOException && !isA(t.getClass(), JSON_ERRORS))) {
                return true;
            }
            if (t instanceof SQLException sql && !hasPermanentState(sql)) {
                return true;
            }
            if (isA(t.getClass(), TRANSIENT_CLASSES)) {
                return true;
            }
            // A rollback the transaction manager decided on its own (a timeout, the database gone at commit) carries
            // no cause of the application's making.
            if (t.getCause() == null && isA(t.getClass(), Set.of("jakarta.transaction.RollbackException"))) {
                return true;
            }
        }
        return false;
    }

    /** True if the failure names the input as the cause: unreadable JSON, broken constraints, bad data. */
    public static boolean isPermanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isA(t.getClass(), JSON_ERRORS)) {
                return true;
            }
            if (t instanceof SQLException sql && hasPermanentState(sql)) {
                return true;
            }
        }
        return false;
    }

    /** An optimistic lock or a unique key lost to a concurrent writer: the other request won, this one conflicts. */
    public static boolean isLostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isA(t.getClass(), LOST_RACES)) {
                return true;
            }
            if (t instanceof SQLException sql && ("23505".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The database refused a value of the request itself (SQLSTATE class 22: a NUL character, a number out of range). */
    public static boolean isBadValue(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPermanentState(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.length() >= 2 && PERMANENT_SQL_CLASSES.contains(state.substring(0, 2));
    }

    private static boolean isA(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (names.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
