package org.medmesh.platform.infrastructure.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where and as whom MariaDB's own programs ({@code mariadb-dump}, {@code mariadb}) reach the hospital's database: host,
 * port and database from the node's JDBC URL, the account's password through an options file readable only by this
 * process's user, never on the command line (where {@code ps} shows it).
 */
public record DatabaseAccount(String host, int port, String database, String user, String password) {

    private static final Pattern JDBC_URL = Pattern
            .compile(
                    "jdbc:(?:mariadb|mysql):(?:[a-z]+:)?//([^/:,?]+)(?::(\\d+))?(?:,[^/]*)?/([A-Za-z0-9_$]+)(?:\\?.*)?");

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database;
    }

    /** The account at the JDBC URL's first host; refuses a URL that names no host and database. */
    public static DatabaseAccount of(String jdbcUrl, String user, String password) {
        Matcher url = JDBC_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("the database URL names no host and database MariaDB's programs can "
                    + "reach (expected jdbc:mariadb://host:port/database)");
        }
        return new DatabaseAccount(url.group(1), url.group(2) == null ? 3306 : Integer.parseInt(url.group(2)),
                url.group(3), user, password);
    }

    /**
     * The options of a MariaDB program for this account, starting with its options file (which must come first),
     * written to {@code privateDir}; the caller deletes the directory.
     */
    List<String> options(Path privateDir) throws IOException {
        Path file = Files.createFile(privateDir.resolve("client.cnf"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, "[client]\nuser=" + quoted(user) + "\npassword=" + quoted(password) + "\n",
                StandardCharsets.UTF_8);
        List<String> options = new ArrayList<>();
        options.add("--defaults-extra-file=" + file);
        options.add("--host=" + host);
        options.add("--port=" + port);
        options.add("--protocol=TCP");
        options.add("--default-character-set=utf8mb4");
        return options;
    }

    /** A directory only this process's user can enter, for the options file and a program's messages. */
    static Path privateDirectory() throws IOException {
        return Files.createTempDirectory("medmesh-db-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    static void deleteDirectory(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
