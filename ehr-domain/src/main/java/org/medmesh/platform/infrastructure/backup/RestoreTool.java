package org.medmesh.platform.infrastructure.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * {@code ./ehr restore}'s worker, run with the hospital's node stopped: checks the whole backup first (this hospital's,
 * this key, authentic, complete) and changes nothing if it is not; then replaces the database's contents with the
 * backup's, puts back the key files that are missing, and writes the configuration as of the backup for the operator.
 * Progress goes to standard error.
 *
 * <p>
 * Exit status: 0 restored; 2 wrong arguments; 3 the backup was refused or the database could not be read (nothing
 * changed); 4 the restore failed after the database was touched (restore again, or rebuild from a peer).
 *
 * <p>
 * {@code --check-only} checks and stops there; {@code --already-checked} skips the check for a file the caller has just
 * checked with {@code --check-only} ({@code ./ehr restore} does, before it stops the node): each segment is still
 * authenticated as it is loaded.
 */
public final class RestoreTool {

    private static final Logger LOG = Logger.getLogger(RestoreTool.class.getName());
    private static final String USAGE = "usage: RestoreTool --hospital ID --key-file FILE --db-url JDBC-URL --db-user"
            + " USER --db-password-file FILE [--client PROGRAM] [--config-to DIR] [--check-only | --already-checked] BACKUP";

    private RestoreTool() {
    }

    public static void main(String[] args) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%n");
        Runtime.getRuntime().exit(run(args));
    }

    /** Restores as the arguments say; returns the exit status. */
    public static int run(String[] args) {
        Map<String, String> options = new HashMap<>();
        Path backup = null;
        boolean checkOnly = false;
        boolean checked = false;
        for (int i = 0; i < args.length; i++) {
            if ("--check-only".equals(args[i])) {
                checkOnly = true;
            } else if ("--already-checked".equals(args[i])) {
                checked = true;
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else if (backup == null && !args[i].startsWith("--")) {
                backup = Path.of(args[i]);
            } else {
                LOG.severe(USAGE);
                return 2;
            }
        }
        for (String required : new String[]{"hospital", "key-file", "db-url", "db-user", "db-password-file"}) {
            if (!options.containsKey(required) || backup == null) {
                LOG.severe(USAGE);
                return 2;
            }
        }
        try {
            BackupKey key = BackupKey.read(Path.of(options.get("key-file")));
            DatabaseAccount account = DatabaseAccount.of(options.get("db-url"), options.get("db-user"),
                    Files.readString(Path.of(options.get("db-password-file")), StandardCharsets.UTF_8).strip());
            if (checkOnly) {
                return check(backup, options.get("hospital"), key) == null ? 3 : 0;
            }
            if (!checked && check(backup, options.get("hospital"), key) == null) {
                return 3;
            }
            return restore(backup, options.get("hospital"), key, account, options.getOrDefault("client", "mariadb"),
                    options.containsKey("config-to") ? Path.of(options.get("config-to")) : null);
        } catch (IOException | IllegalArgumentException e) {
            LOG.severe("restore refused: " + e.getMessage() + "; nothing was changed");
            return 3;
        }
    }

    /** The backup's manifest once all of it checked out; null (with the reason logged) when it is refused. */
    private static BackupManifest check(Path backup, String hospital, BackupKey key) throws IOException {
        try {
            BackupHeader header = BackupArchiveReader.header(backup);
            long bytes = Files.size(backup);
            LOG.info(() -> "backup of " + header.hospital() + " made " + header.created() + ", " + bytes
                    + " bytes; checking all of it before anything is changed");
            BackupManifest manifest = BackupArchiveReader.verify(backup, key, hospital, progress("checked"));
            LOG.info(() -> "the backup is sound (schema " + manifest.fact("schema").orElse("?") + ")");
            return manifest;
        } catch (BackupRefusedException e) {
            LOG.severe("restore refused: " + e.getMessage());
            return null;
        }
    }

    private static int restore(Path backup, String hospital, BackupKey key, DatabaseAccount account, String client,
            Path configTo) throws IOException {
        List<String> drops = DatabaseLoad.dropStatements(client, account);
        LOG.info(() -> "replacing the contents of " + account + " (" + drops.size() + " tables, views and sequences)"
                + " with the backup's");
        Map<String, byte[]> kept = new HashMap<>();
        try {
            BackupManifest manifest = BackupArchiveReader.read(backup, key, hospital, progress("loaded"),
                    (name, content) -> {
                        if ("database.sql".equals(name)) {
                            DatabaseLoad.replaceWith(content, drops, client, account);
                        } else {
                            kept.put(name, content.readAllBytes());
                        }
                    });
            putBackFiles(manifest, kept);
            if (configTo != null && kept.containsKey("configuration.properties")) {
                writeConfiguration(configTo, kept.get("configuration.properties"));
            }
            LOG.info(() -> "restored " + hospital + " from " + backup.getFileName() + " (schema "
                    + manifest.fact("schema").orElse("?") + ")");
            return 0;
        } catch (BackupRefusedException | IOException e) {
            String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            LOG.severe("the restore failed after the database was changed: " + reason
                    + "; restore again, or rebuild the hospital from a peer (./ehr rebuild)");
            return 4;
        }
    }

    private static void writeConfiguration(Path configTo, byte[] configuration) throws IOException {
        Files.createDirectories(configTo,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path file = configTo.resolve("configuration-from-backup.properties");
        writePrivate(file, configuration);
        LOG.info(() -> "the node's configuration as of the backup (secrets included) is in " + file);
    }

    /** Key files the node's configuration named: put back where missing, never over a different one. */
    private static void putBackFiles(BackupManifest manifest, Map<String, byte[]> kept) throws IOException {
        for (Map.Entry<String, String> fact : manifest.values().entrySet()) {
            if (!fact.getKey().startsWith("file.")) {
                continue;
            }
            byte[] content = kept.get(fact.getKey().substring("file.".length()));
            Path original = Path.of(fact.getValue());
            if (content == null) {
                continue;
            }
            if (!Files.exists(original)) {
                Files.createDirectories(original.getParent());
                writePrivate(original, content);
                LOG.info(() -> "put back " + original);
            } else if (!Arrays.equals(Files.readAllBytes(original), content)) {
                Path beside = original.resolveSibling(original.getFileName() + ".from-backup");
                writePrivate(beside, content);
                LOG.warning(() -> original + " differs from the backup's; the backup's is beside it: " + beside);
            }
        }
    }

    /** Writes a file only this process's user may read (it holds keys or secrets), replacing any file there. */
    private static void writePrivate(Path file, byte[] content) throws IOException {
        Files.deleteIfExists(file);
        Files.write(Files.createFile(file, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))), content);
    }

    private static BackupArchiveReader.Progress progress(String verb) {
        int[] shown = {-1};
        return (at, total) -> {
            int percent = total <= 0 ? 100 : (int) (at * 100 / total);
            if (percent / 10 > shown[0] / 10 || percent == 100 && shown[0] != 100) {
                shown[0] = percent;
                LOG.info(() -> String.format(java.util.Locale.ROOT, "%s %d%% (%.1f of %.1f MB)", verb, percent,
                        at / 1048576.0, total / 1048576.0));
            }
        };
    }
}
