package org.medmesh.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The demo accounts file written by the launcher or the test environment: {@code username:role:password}. */
public final class DemoUsers {

    private DemoUsers() {
    }

    public record DemoUser(String username, String role, String password) {
    }

    public static List<DemoUser> read(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split(":", 3))
                    .map(parts -> new DemoUser(parts[0], parts[1], parts[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DemoUser withRole(List<DemoUser> users, String role) {
        return users.stream().filter(user -> user.role().equals(role)).findFirst()
                .orElseThrow(() -> new AssertionError("no demo user with role " + role));
    }
}
