package org.wego.fault;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The suite's summary: one row per fault case, printed as a table when the run ends (and written to
 * {@code target/fault-report.md}). Registered as a JUnit Platform listener, so the table appears once, after all.
 */
public class FaultReport implements TestExecutionListener {

    record Row(String fault, int writes, int lost, int duplicates, int serverErrors, int unavailable, String converged,
               String note) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    static synchronized void add(Row row) {
        ROWS.add(row);
    }

    static synchronized String table() {
        StringBuilder out = new StringBuilder();
        out.append("| fault | writes | lost | duplicates applied | 5xx (not 503) | 503 + Retry-After | converged in | note |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (Row r : ROWS) {
            out.append("| ").append(r.fault()).append(" | ").append(r.writes()).append(" | ").append(r.lost())
                    .append(" | ").append(r.duplicates()).append(" | ").append(r.serverErrors()).append(" | ")
                    .append(r.unavailable()).append(" | ").append(r.converged()).append(" | ").append(r.note())
                    .append(" |\n");
        }
        return out.toString();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (ROWS.isEmpty()) {
            return;
        }
        String table = table();
        System.out.println("\n[fault suite] summary\n" + table);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/fault-report.md"), table);
        } catch (IOException e) {
            System.out.println("[fault suite] could not write target/fault-report.md: " + e.getMessage());
        }
    }

    static String seconds(java.time.Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
