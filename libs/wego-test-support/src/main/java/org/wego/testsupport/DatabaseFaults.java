package org.wego.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Takes one PostgreSQL database away from its service, as a restart or a network cut would: new connections are
 * refused ({@code ALLOW_CONNECTIONS false}) and open ones are terminated, so the service's pool fails on its next
 * use. The rest of the server (other services, CI) is untouched. Use with try-with-resources: {@link #close()}
 * always gives the database back.
 */
public final class DatabaseFaults implements AutoCloseable {

    private final String database;

    private DatabaseFaults(String database) {
        this.database = database;
    }

    /** From now until {@link #close()}, {@code database} refuses every connection. */
    public static DatabaseFaults unreachable(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a database name: " + database);
        }
        DatabaseFaults fault = new DatabaseFaults(database);
        fault.run("alter database " + database + " allow_connections false",
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                        + "' and pid <> pg_backend_pid()");
        return fault;
    }

    @Override
    public void close() {
        run("alter database " + database + " allow_connections true");
    }

    private void run(String... statements) {
        String url = "jdbc:postgresql://" + Stack.setting("WEGO_DB_HOST", "127.0.0.1") + ":"
                + Stack.setting("WEGO_DB_PORT", "5432") + "/postgres";
        try (Connection c = DriverManager.getConnection(url, Stack.setting("WEGO_DB_USER", "postgres"),
                Stack.setting("WEGO_DB_PASSWORD", "postgres")); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not change database " + database + ": " + e.getMessage(), e);
        }
    }
}
