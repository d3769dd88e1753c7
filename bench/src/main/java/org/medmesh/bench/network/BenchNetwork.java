package org.medmesh.bench.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.medmesh.client.StaffLogins;

/**
 * Runs the launcher for the benchmark: its own work directory and port base (a developer's network is untouched), the
 * EAR already built when {@code skipBuild} is set. Each command's output goes to a log file in the work directory; a
 * failing command fails the benchmark with that log's name.
 */
public final class BenchNetwork {

    private static final Logger LOG = Logger.getLogger(BenchNetwork.class.getName());

    private final Path root;
    private final Path work;
    private final int portBase;
    private final List<String> hospitals;
    private final boolean skipBuild;
    /** The demo network's definition restricted to the benchmark's hospitals (id, letter, port offset, name). */
    private final List<String> definition;
    private int commands;

    public BenchNetwork(Path root, Path work, int portBase, List<String> hospitals, boolean skipBuild)
            throws IOException {
        this.root = root;
        this.work = work;
        this.portBase = portBase;
        this.hospitals = List.copyOf(hospitals);
        this.skipBuild = skipBuild;
        this.definition = Files.readAllLines(root.resolve("server-config/hospitals.conf")).stream()
                .filter(line -> line.isBlank() || line.strip().startsWith("#")
                        || hospitals.contains(line.strip().split("\\s+")[0]))
                .toList();
    }

    /** Starts the hospitals (or the given ones) and returns how long the launcher took until all were ready. */
    public Duration up(String... only) throws IOException, InterruptedException {
        return launch(only, "up");
    }

    public Duration down(String... only) throws IOException, InterruptedException {
        return launch(only, "down");
    }

    /** Stops everything and deletes the work directory's data (databases, brokers, domains). */
    public void purge() throws IOException, InterruptedException {
        launch(new String[0], "down", "--purge");
    }

    private Duration launch(String[] only, String... arguments) throws IOException, InterruptedException {
        Files.createDirectories(work);
        writeNetworkDefinition();
        Path log = work.resolve("launcher-" + (++commands) + "-" + String.join("-", arguments) + ".log");
        List<String> command = new java.util.ArrayList<>(List.of(root.resolve("ehr").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.putAll(settings(only));
        LOG.info(() -> "./ehr " + String.join(" ", arguments) + " (" + environment.get("EHR_HOSPITALS") + ")");
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("./ehr " + String.join(" ", arguments) + " timed out; see " + log);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("./ehr " + String.join(" ", arguments) + " failed (exit "
                    + process.exitValue() + "); see " + log);
        }
        return took;
    }

    /** The benchmark's network is its hospitals, each a peer of the others whether it runs or not. */
    private void writeNetworkDefinition() throws IOException {
        Files.write(networkDefinition(), definition);
    }

    private Path networkDefinition() {
        return work.resolve("hospitals.conf");
    }

    private Map<String, String> settings(String[] only) {
        Map<String, String> settings = new HashMap<>();
        settings.put("EHR_HOSPITALS_CONF", networkDefinition().toString());
        settings.put("EHR_WORK", work.toString());
        settings.put("EHR_PORT_BASE", Integer.toString(portBase));
        settings.put("EHR_HOSPITALS", String.join(",", only.length == 0 ? hospitals : List.of(only)));
        if (skipBuild) {
            settings.put("EHR_SKIP_BUILD", "1");
        }
        return settings;
    }

    /** One hospital's addresses, credentials and processes. */
    public HospitalNode node(String hospital) throws IOException {
        int base = portBase + definition.stream().map(line -> line.strip().split("\\s+"))
                .filter(fields -> fields[0].equals(hospital)).mapToInt(fields -> Integer.parseInt(fields[2]))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(hospital + " is not in the network"));
        String lower = hospital.toLowerCase(java.util.Locale.ROOT);
        Path secrets = work.resolve("secrets").resolve(hospital);
        return new HospitalNode(hospital, "http://127.0.0.1:" + (base + 80) + "/",
                "jdbc:mariadb://127.0.0.1:" + (base + 306) + "/medmesh_" + lower, "medmesh_" + lower + "_owner",
                Files.readString(secrets.resolve("db-owner-password")).strip(), StaffLogins.read(secrets.resolve(
                        "demo-users")),
                work.resolve("domains").resolve(hospital).resolve("config").resolve("pid"),
                work.resolve("db").resolve(hospital).resolve("mariadbd.pid"));
    }
}
