package org.medmesh.platform.infrastructure.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore tool's exit statuses around the database, with a stand-in for the {@code mariadb} client that records
 * what it was sent (the real client and database are exercised by {@code BackupContainerIT}): 3 whenever nothing was
 * changed, 4 only once the load started.
 */
class RestoreToolTest {

    @TempDir
    Path dir;

    private final BackupKey key = BackupKey.generate();

    @Test
    void aDatabaseThatCannotBeListedIsRefusedBeforeAnythingIsLoaded() throws IOException {
        Path client = client("exit 1");

        assertThat(restore(client, backup())).isEqualTo(3);
        assertThat(dir.resolve("loaded.sql")).doesNotExist();
    }

    @Test
    void aDamagedBackupIsRefusedUnchangedUnlessTheCallerSaysItCheckedItThenTheLoadStopsWithFour()
            throws IOException {
        Path client = client("printf 'BASE TABLE\\tpatient\\n'");
        Path damaged = backup();
        byte[] bytes = Files.readAllBytes(damaged);
        bytes[bytes.length - 100] ^= 0x01;
        Files.write(damaged, bytes);

        assertThat(restore(client, damaged)).isEqualTo(3);
        assertThat(dir.resolve("loaded.sql")).doesNotExist();

        assertThat(restore(client, damaged, "--already-checked")).isEqualTo(4);
        assertThat(dir.resolve("loaded.sql")).content(StandardCharsets.ISO_8859_1)
                .contains("DROP TABLE IF EXISTS `patient`;");
    }

    @Test
    void aSoundBackupIsLoadedAfterTheDatabaseIsEmptied() throws IOException {
        Path client = client("printf 'VIEW\\tpatient_view\\nSEQUENCE\\tpatient_seq\\n'");

        assertThat(restore(client, backup(), "--already-checked")).isZero();
        assertThat(dir.resolve("loaded.sql")).content(StandardCharsets.ISO_8859_1)
                .contains("DROP VIEW IF EXISTS `patient_view`;", "DROP SEQUENCE IF EXISTS `patient_seq`;",
                        "CREATE TABLE patient");
    }

    /** A client that answers the listing of tables with {@code listing} and writes what it is sent to loaded.sql. */
    private Path client(String listing) throws IOException {
        Path script = dir.resolve("mariadb");
        Files.writeString(script, "#!/bin/sh\ncase \" $* \" in *\" --execute \"*) " + listing + "; exit ;; esac\n"
                + "cat > '" + dir.resolve("loaded.sql") + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private int restore(Path client, Path backup, String... more) throws IOException {
        Path keyFile = Files.writeString(dir.resolve("backup-key"), key.base64());
        Path password = Files.writeString(dir.resolve("password"), "not used");
        String[] args = {"--hospital", "hospA", "--key-file", keyFile.toString(), "--db-url",
                "jdbc:mariadb://127.0.0.1:1/medmesh", "--db-user", "medmesh_owner", "--db-password-file",
                password.toString(), "--client", client.toString()};
        String[] all = new String[args.length + more.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        all[all.length - 1] = backup.toString();
        return RestoreTool.run(all);
    }

    /** A backup whose dump spans several of the cipher's segments, so damage near its end is met mid-load. */
    private Path backup() throws IOException {
        Path backup = dir.resolve("hospA.mmbk");
        StringBuilder dump = new StringBuilder("CREATE TABLE patient (id INT);\n");
        Random random = new Random(7);
        while (dump.length() < 4_000_000) {
            dump.append("INSERT INTO patient VALUES ('").append(Long.toString(random.nextLong(), 36))
                    .append(Long.toString(random.nextLong(), 36)).append("');\n");
        }
        try (OutputStream out = Files.newOutputStream(backup);
                BackupArchiveWriter writer = BackupArchiveWriter.open(out, key,
                        new BackupHeader("hospA", Instant.parse("2026-12-06T02:00:00Z"), key.fingerprint()))) {
            writer.entry("database.sql", content -> content.write(dump.toString().getBytes(StandardCharsets.UTF_8)));
            writer.finish(Map.of("schema", "22"));
        }
        return backup;
    }
}
