package org.wego.web;

import com.fasterxml.jackson.core.JsonParseException;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransientsTest {

    /** What Hibernate or a transaction manager wraps around the driver's error. */
    static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("outer", new RuntimeException("middle", cause));
    }

    @Test
    void connectionProblemsAreTransientHoweverDeepTheyAreWrapped() {
        assertTrue(Transients.isTransient(wrapped(new SQLException("connection refused", "08001"))));
        assertTrue(Transients.isTransient(wrapped(new SQLException("terminating connection", "57P01"))));
        assertTrue(Transients.isTransient(wrapped(new SQLException("too many connections", "53300"))));
        assertTrue(Transients.isTransient(wrapped(new SQLException("lock not available", "55P03"))));
        assertTrue(Transients.isTransient(wrapped(new SQLException("deadlock", "40P01"))));
        // Agroal's acquisition timeout carries no SQLSTATE
        assertTrue(Transients.isTransient(wrapped(new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(Transients.isTransient(wrapped(new SQLTransientConnectionException("gone"))));
        assertTrue(Transients.isTransient(wrapped(new ConnectException("Connection refused"))));
    }

    @Test
    void errorsAboutTheDataAreNotTransient() {
        assertFalse(Transients.isTransient(wrapped(new SQLException("value too long", "22001"))));
        assertFalse(Transients.isTransient(wrapped(new SQLException("duplicate key", "23505"))));
        assertFalse(Transients.isTransient(wrapped(new SQLException("no such column", "42703"))));
        assertTrue(Transients.isPermanent(wrapped(new SQLException("duplicate key", "23505"))));
    }

    @Test
    void aJsonParserErrorIsAboutTheTextNotTheConnection() {
        JsonParseException bad = new JsonParseException(null, "Unexpected character");
        assertFalse(Transients.isTransient(new UncheckedIOException(bad)));
        assertTrue(Transients.isPermanent(new UncheckedIOException(bad)));
    }

    @Test
    void aPlainBugIsNotTransient() {
        assertFalse(Transients.isTransient(new NullPointerException("bug")));
        assertFalse(Transients.isTransient(new IllegalArgumentException("bad", new RuntimeException())));
    }

    @Test
    void aUniqueKeyOrSerializationLostToAnotherWriterIsALostRace() {
        assertTrue(Transients.isLostRace(wrapped(new SQLException("duplicate key", "23505"))));
        assertTrue(Transients.isLostRace(wrapped(new SQLException("could not serialize", "40001"))));
        assertFalse(Transients.isLostRace(wrapped(new SQLException("value too long", "22001"))));
    }

    @Test
    void aValueTheDatabaseCannotHoldIsABadValue() {
        assertTrue(Transients.isBadValue(wrapped(new SQLException("invalid byte sequence for encoding UTF8: 0x00", "22021"))));
        assertFalse(Transients.isBadValue(wrapped(new SQLException("connection refused", "08001"))));
    }
}
