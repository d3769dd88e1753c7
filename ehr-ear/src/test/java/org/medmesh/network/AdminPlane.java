package org.medmesh.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hospital's Payara domain and database seen from a shell on the host, as an attacker or the hospital's IT staff
 * would: asadmin and the admin REST interface with and without the administrator's password, and the sockets its
 * processes listen on.
 */
final class AdminPlane {

    private static final Pattern LISTENER = Pattern.compile("^\\S+\\s+\\S+\\s+\\S+\\s+(\\S+):(\\d+)\\s");

    private final Path work;
    private final String hospital;
    private final int adminPort;

    AdminPlane(Path work, String hospital, int adminPort) {
        this.work = work;
        this.hospital = hospital;
        this.adminPort = adminPort;
    }

    String adminPassword() {
        return read(work.resolve("secrets").resolve(hospital).resolve("admin-password")).strip();
    }

    /** asadmin against the domain as its administrator. */
    String asadmin(String... command) {
        try {
            Path passwords = Files.createTempFile("asadmin", ".txt",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(passwords, "AS_ADMIN_PASSWORD=" + adminPassword() + "\n");
                List<String> args = new ArrayList<>(List.of(work.resolve("payara6/bin/asadmin").toString(),
                        "--interactive=false", "--user", "admin", "--passwordfile", passwords.toString(), "--host",
                        "127.0.0.1", "--port", Integer.toString(adminPort)));
                args.addAll(List.of(command));
                return run(args);
            } finally {
                Files.deleteIfExists(passwords);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTTP status of a GET on the admin port's REST interface, anonymous or as {@code user:password}. */
    int adminRest(String path, String credentials) {
        List<String> args = new ArrayList<>(List.of("curl", "-sk", "-o", "/dev/null", "-w", "%{http_code}",
                "-H", "X-Requested-By: medmesh-test", "-H", "Accept: application/json"));
        if (credentials != null) {
            args.addAll(List.of("-u", credentials));
        }
        args.add("https://127.0.0.1:" + adminPort + "/" + path);
        return Integer.parseInt(run(args).strip());
    }

    /** "address:port" of every socket the given processes listen on (TCP). */
    static List<String> listeners(List<Long> pids) {
        List<String> found = new ArrayList<>();
        for (String line : run(List.of("ss", "-Hltnp")).split("\n")) {
            boolean ours = pids.stream().anyMatch(pid -> line.contains("pid=" + pid + ","));
            Matcher m = LISTENER.matcher(line);
            if (ours && m.find()) {
                found.add(m.group(1) + ":" + m.group(2));
            }
        }
        return found;
    }

    /** Whether the domain's keystore (and so its password store) opens with this master password. */
    boolean keystoreOpensWith(String masterPassword) {
        String output = run(List.of("keytool", "-list", "-storepass", masterPassword, "-keystore",
                work.resolve("domains").resolve(hospital).resolve("config/keystore.p12").toString()));
        return output.contains("Keystore type");
    }

    long pid(Path pidFile) {
        return Long.parseLong(read(pidFile).strip());
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String run(List<String> args) {
        try {
            Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", args)).isTrue();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
