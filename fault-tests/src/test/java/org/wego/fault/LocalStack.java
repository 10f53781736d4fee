package org.wego.fault;

import org.wego.testsupport.Stack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The running local stack as an operator handles it: components are killed by the PID {@code ./wego} recorded,
 * brought back with {@code ./wego up}, and PostgreSQL is stopped and started with {@code pg_ctlcluster} (the same
 * server CI and the next session use, so every stop is paired with a start in a {@code finally}).
 */
final class LocalStack {

    private LocalStack() {
    }

    static Path root() {
        return Path.of(System.getProperty("wego.root", "..")).toAbsolutePath().normalize();
    }

    static Path home() {
        String home = Stack.setting("WEGO_HOME", "");
        return home.isBlank() ? root().resolve(".wego") : Path.of(home);
    }

    static long pid(String component) {
        try {
            return Long.parseLong(Files.readString(home().resolve("run/" + component + ".pid")).trim());
        } catch (IOException e) {
            throw new IllegalStateException(component + " has no PID file: is the stack up?", e);
        }
    }

    /** SIGKILL, as the kernel's OOM killer or a crash would: no shutdown hook runs. Returns once it is dead. */
    static void kill9(String component) {
        long pid = pid(component);
        run(Duration.ofSeconds(10), "kill", "-9", Long.toString(pid));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> !alive(pid));
    }

    /** Alive: exists and is not a zombie (nobody reaps here, so a killed process lingers as one). */
    static boolean alive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String state = stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
            return !state.equals("Z") && !state.equals("X");
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code ./wego up} without the demo world: starts whatever is not running, leaves the rest alone. */
    static Duration up() {
        Instant start = Instant.now();
        run(Duration.ofMinutes(4), "env", "WEGO_DEMO=0", root().resolve("wego").toString(), "up");
        return Duration.between(start, Instant.now());
    }

    /** {@code ./wego <args>} and its output. */
    static String wego(String... args) {
        List<String> command = new ArrayList<>(List.of(root().resolve("wego").toString()));
        command.addAll(List.of(args));
        return run(Duration.ofMinutes(4), command.toArray(String[]::new));
    }

    static void stopPostgres() {
        run(Duration.ofSeconds(60), "pg_ctlcluster", "--skip-systemctl-redirect", postgresVersion(), "main", "stop",
                "-m", "fast");
    }

    static void startPostgres() {
        run(Duration.ofSeconds(60), "pg_ctlcluster", "--skip-systemctl-redirect", postgresVersion(), "main", "start");
    }

    private static String postgresVersion() {
        String[] versions = new File("/etc/postgresql").list();
        if (versions == null || versions.length == 0) {
            throw new IllegalStateException("no PostgreSQL cluster under /etc/postgresql");
        }
        java.util.Arrays.sort(versions);
        return versions[versions.length - 1];
    }

    private static String run(Duration timeout, String... command) {
        try {
            Path log = Files.createTempFile("wego-fault-", ".log");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .directory(root().toFile()).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout
                        + ":\n" + Files.readString(log));
            }
            String out = Files.readString(log);
            Files.deleteIfExists(log);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "):\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
