package org.medmesh.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo accounts file the launcher (or the test environment) writes for a hospital: one
 * {@code username:role:password} per line, blank lines and {@code #} comments ignored.
 */
public final class StaffLogins {

    private StaffLogins() {
    }

    /** One account. */
    public record StaffLogin(String username, String role, String password) {
    }

    public static List<StaffLogin> read(Path file) {
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staff logins in " + file, e);
        }
    }

    public static List<StaffLogin> parse(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(StaffLogins::login).toList();
    }

    /** The first account with this role; fails when there is none. */
    public static StaffLogin withRole(List<StaffLogin> logins, String role) {
        return logins.stream().filter(login -> login.role().equals(role)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no staff login with the role " + role));
    }

    private static StaffLogin login(String line) {
        String[] parts = line.split(":", 3);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new IllegalArgumentException("a staff login line is username:role:password, got one with "
                    + parts.length + " field(s)");
        }
        return new StaffLogin(parts[0], parts[1], parts[2]);
    }
}
