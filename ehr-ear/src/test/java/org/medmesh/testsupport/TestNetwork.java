package org.medmesh.testsupport;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.medmesh.client.ApiClient;
import org.medmesh.client.Reply;
import org.medmesh.client.StaffLogins;

/**
 * The three demo hospitals as the system tests run them: the launcher on its own work directory and port range (so a
 * developer's network is untouched), and each hospital's staff.
 */
public final class TestNetwork {

    /** Below the kernel's ephemeral range (32768+), where outgoing connections could take a listening port. */
    public static final int PORT_BASE = 26000;
    public static final List<String> HOSPITALS = List.of("hospA", "hospB", "hospC");
    public static final Path WORK = Path.of(System.getProperty("medmesh.system.work"));
    public static final Launcher EHR = launcher(Map.of());
    private static final Map<String, Ward> WARDS = new ConcurrentHashMap<>();

    private TestNetwork() {
    }

    /** The launcher acting on one hospital only ({@code EHR_HOSPITALS}). */
    public static Launcher only(String hospital) {
        return launcher(Map.of("EHR_HOSPITALS", hospital));
    }

    /** The launcher with more settings (e.g. {@code EHR_HOSPITALS}, {@code EHR_BACKUP_INTERVAL_MINUTES}). */
    public static Launcher with(Map<String, String> settings) {
        return launcher(settings);
    }

    private static Launcher launcher(Map<String, String> settings) {
        Map<String, String> environment = new java.util.HashMap<>(settings);
        environment.put("EHR_WORK", WORK.toString());
        environment.put("EHR_PORT_BASE", Integer.toString(PORT_BASE));
        return new Launcher(Path.of(System.getProperty("medmesh.root")), environment, WORK.resolve("launcher-logs"));
    }

    public static int portBase(String hospital) {
        return PORT_BASE + 1000 * HOSPITALS.indexOf(hospital);
    }

    /**
     * The hospital's private database as its node's runtime account, or as the schema owner (what an insider with the
     * owner's password has: it can drop the audit tables' triggers).
     */
    public static Connection database(String hospital, boolean owner) throws SQLException {
        String account = "medmesh_" + hospital.toLowerCase() + (owner ? "_owner" : "");
        String password;
        try {
            password = Files.readString(WORK.resolve("secrets").resolve(hospital)
                    .resolve(owner ? "db-owner-password" : "db-password")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + (portBase(hospital) + 306) + "/medmesh_"
                + hospital.toLowerCase(), account, password);
    }

    public static ApiClient node(String hospital) {
        return new ApiClient("http://127.0.0.1:" + (portBase(hospital) + 80) + "/");
    }

    /** The hospital's scrape token, as the launcher keeps it ({@code work/secrets/<id>/metrics-token}). */
    public static String metricsToken(String hospital) {
        try {
            return Files.readString(WORK.resolve("secrets").resolve(hospital).resolve("metrics-token")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hospital's metrics as Prometheus scrapes them, with its token; {@code query} as in {@link Scrape#of}. */
    public static String scrape(String hospital, String query) {
        return Scrape.of(node(hospital), metricsToken(hospital), query);
    }

    /** The staff of a hospital, signed in once (tokens survive a restart of the hospital: its keys persist). */
    public static Ward ward(String hospital) {
        return WARDS.computeIfAbsent(hospital, h -> new Ward(node(h), StaffLogins.read(WORK.resolve("secrets")
                .resolve(h).resolve("demo-users"))));
    }

    public static boolean ready(String hospital) {
        try {
            Reply ready = node(hospital).get("health/ready");
            return ready.status() == 200 && "UP".equals(ready.json().getString("status"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Kills a hospital's application server (and with it its embedded broker) with SIGKILL, as a crash would. */
    public static void kill(String hospital) {
        Path pidFile = WORK.resolve("domains").resolve(hospital).resolve("config").resolve("pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle server = ProcessHandle.of(pid)
                    .orElseThrow(() -> new AssertionError(hospital + " server is not running"));
            new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
            Poll.until(Duration.ofSeconds(30), hospital + " server gone", () -> !server.isAlive());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Kills one server instance of a hospital run as several ({@code ./ehr up --instances N}) with SIGKILL, found by
     * its instance directory; returns how many processes were killed.
     */
    public static int killInstance(String hospital, String instance) {
        String root = "/nodes/localhost-" + hospital + "/" + instance;
        List<ProcessHandle> servers = ProcessHandle.allProcesses().filter(p -> commandLine(p).stream().anyMatch(
                arg -> arg.startsWith("-Dcom.sun.aas.instanceRoot=") && arg.endsWith(root))).toList();
        servers.forEach(ProcessHandle::destroyForcibly);
        Poll.until(Duration.ofSeconds(30), instance + " gone",
                () -> servers.stream().noneMatch(ProcessHandle::isAlive));
        return servers.size();
    }

    /** A process's arguments as the kernel has them (the JDK's view of them can be cut short). */
    private static List<String> commandLine(ProcessHandle process) {
        try {
            return List.of(new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")),
                    java.nio.charset.StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** {@code ./ehr up}: starts whatever is not running; fails the test when it fails. */
    public static void up() {
        Launcher.Run up = EHR.run(900, "up");
        if (up.exitCode() != 0) {
            throw new AssertionError("./ehr up failed:\n" + up.output());
        }
    }

    public static JsonObject digest(String hospital) {
        return ward(hospital).get("admin", "api/v1/sync/digest").json();
    }
}
