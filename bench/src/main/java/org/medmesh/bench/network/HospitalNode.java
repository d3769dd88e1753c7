package org.medmesh.bench.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;

import org.medmesh.client.StaffLogins.StaffLogin;

/**
 * One running hospital as the benchmark sees it.
 *
 * @param id hospital id
 * @param httpBase base URL of its REST API
 * @param dbUrl JDBC URL of its database
 * @param dbUser the schema owner's database account (the raw-JDBC limit creates scratch tables, which the node's own
 *            runtime account may not)
 * @param dbPassword that user's password
 * @param staff its demo accounts
 * @param serverPidFile the application server's pid file
 * @param databasePidFile the database server's pid file
 */
public record HospitalNode(String id, String httpBase, String dbUrl, String dbUser, String dbPassword,
        List<StaffLogin> staff, Path serverPidFile, Path databasePidFile) {

    /** A new connection to the hospital's database (the same server and schema the node uses). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    /** Resident set size of the application server plus the database server, in bytes. */
    public long residentBytes() throws IOException {
        return resident(serverPidFile) + resident(databasePidFile);
    }

    public long serverResidentBytes() throws IOException {
        return resident(serverPidFile);
    }

    private static long resident(Path pidFile) throws IOException {
        OptionalLong kib = Files.readAllLines(Path.of("/proc", Files.readString(pidFile).strip(), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst();
        return kib.orElseThrow(() -> new IOException("no VmRSS for " + pidFile)) * 1024;
    }
}
