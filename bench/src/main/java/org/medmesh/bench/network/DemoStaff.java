package org.medmesh.bench.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The demo accounts the launcher created for a hospital ({@code user:role:password} per line). */
public record DemoStaff(List<Account> accounts) {

    /** One account. */
    public record Account(String username, String role, String password) {
    }

    public static DemoStaff read(Path file) throws IOException {
        return new DemoStaff(Files.readAllLines(file).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split(":", 3)).filter(parts -> parts.length == 3)
                .map(parts -> new Account(parts[0], parts[1], parts[2])).toList());
    }

    public Account withRole(String role) {
        return accounts.stream().filter(a -> a.role().equals(role)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo " + role));
    }
}
