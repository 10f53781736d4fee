package org.wego.fault;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./wego} as an operator meets it: after a SIGKILL of any one component, {@code ./wego up} brings back
 * exactly that one; a foreign program on a port is named before anything starts; a PID file that points at an
 * unrelated process never gets it signalled; two {@code up}s at once start a service once; {@code doctor} names
 * what is missing.
 */
@Order(11)
class LocalStackOperationsTest {

    static final List<String> COMPONENTS = List.of("kafka", "keycloak", "mongo", "membership", "awards", "ceds",
            "knowledge", "gateway");

    @Test
    void aKilledComponentIsBroughtBackAloneByUp() {
        Map<String, String> recovery = new LinkedHashMap<>();
        for (String component : COMPONENTS) {
            Map<String, Long> before = pids();
            LocalStack.kill9(component);
            Duration took = LocalStack.up();
            Map<String, Long> after = pids();
            assertNotEquals(before.get(component), after.get(component), component + " was started again");
            assertTrue(LocalStack.alive(after.get(component)), component + " runs");
            for (String other : COMPONENTS) {
                if (!other.equals(component)) {
                    assertEquals(before.get(other), after.get(other), other + " was left alone when " + component + " died");
                }
            }
            recovery.put(component, FaultReport.seconds(took));
        }
        FaultReport.add(new FaultReport.Row("each component SIGKILLed in turn, ./wego up restores exactly it", 0, 0, 0,
                0, 0, "-", "time of ./wego up per component: " + recovery));
    }

    @Test
    void aForeignProgramOnThePortIsNamedAndNothingStarts() throws Exception {
        Path home = Files.createTempDirectory("wego-foreign-");
        try (ServerSocket foreign = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = foreign.getLocalPort();
            Result r = wego(home, Map.of("WEGO_KAFKA_PORT", String.valueOf(port), "WEGO_KAFKA_CONTROLLER_PORT",
                    String.valueOf(freePort())), "up", "--infra");
            assertNotEquals(0, r.exit(), r.out());
            assertTrue(r.out().contains("kafka needs port " + port) && r.out().contains("pid " + ProcessHandle.current().pid())
                    && r.out().contains("WEGO_KAFKA_PORT"), r.out());
            assertTrue(r.out().contains("nothing was started"), r.out());
            try (var files = Files.list(home.resolve("run"))) {
                assertTrue(files.noneMatch(f -> f.toString().endsWith(".pid")), "no component was started");
            }
        }
    }

    @Test
    void aStalePidFileNeverGetsAnUnrelatedProcessSignalled() throws Exception {
        Path home = Files.createTempDirectory("wego-stale-");
        Files.createDirectories(home.resolve("run"));
        Process unrelated = new ProcessBuilder("sleep", "300").start();
        try {
            Files.writeString(home.resolve("run/kafka.pid"), String.valueOf(unrelated.pid()));
            Files.writeString(home.resolve("run/mongo.pid"), String.valueOf(unrelated.pid()));
            Files.writeString(home.resolve("run/mongo.started"), "1"); // a start time that is not the process's
            Result r = wego(home, Map.of(), "down");
            assertEquals(0, r.exit(), r.out());
            assertTrue(unrelated.isAlive(), "down signalled a process it did not start:\n" + r.out());
            assertFalse(Files.exists(home.resolve("run/kafka.pid")), "the stale PID file is gone");
        } finally {
            unrelated.destroyForcibly();
        }
    }

    @Test
    void twoUpsAtOnceStartAKilledServiceOnce() throws Exception {
        LocalStack.kill9("ceds");
        Path home = LocalStack.home();
        CompletableFuture<Result> first = CompletableFuture.supplyAsync(() -> wego(home, Map.of("WEGO_DEMO", "0"), "up"));
        CompletableFuture<Result> second = CompletableFuture.supplyAsync(() -> wego(home, Map.of("WEGO_DEMO", "0"), "up"));
        Result a = first.get(5, TimeUnit.MINUTES);
        Result b = second.get(5, TimeUnit.MINUTES);
        assertEquals(0, a.exit(), a.out());
        assertEquals(0, b.exit(), b.out());
        long started = (a.out() + b.out()).lines().filter(l -> l.contains("starting ceds")).count();
        assertEquals(1, started, "ceds started once:\n" + a.out() + "\n---\n" + b.out());
        assertTrue((a.out() + b.out()).contains("waiting for it to finish"), "the second up waited for the first");
        assertEquals(1, ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains("ceds-service/target/quarkus-app/quarkus-run.jar")).count(), "one ceds process");
    }

    @Test
    void doctorNamesAMissingPrerequisiteAndHowToGetIt() throws Exception {
        Path bin = Files.createTempDirectory("wego-path-");
        for (String dir : List.of("/usr/local/bin", "/usr/bin", "/bin")) {
            try (var files = Files.list(Path.of(dir))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path link = bin.resolve(f.getFileName());
                    if (!f.getFileName().toString().equals("psql") && !Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(link, f);
                    }
                }
            }
        }
        Result r = wego(LocalStack.home(), Map.of("PATH", bin.toString()), "doctor");
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("psql not found") && r.out().contains("postgresql-client"), r.out());
        assertTrue(r.out().contains("ok    JDK"), r.out());
    }

    record Result(int exit, String out) {
    }

    static Result wego(Path home, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(LocalStack.root().resolve("wego").toString()));
        command.addAll(List.of(args));
        try {
            Path log = Files.createTempFile("wego-ops-", ".log");
            ProcessBuilder pb = new ProcessBuilder(command).directory(LocalStack.root().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("WEGO_HOME", home.toString());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError(command + " hung:\n" + Files.readString(log));
            }
            return new Result(p.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        COMPONENTS.forEach(c -> pids.put(c, LocalStack.pid(c)));
        return pids;
    }
}
