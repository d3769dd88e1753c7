package org.medmesh.platform.infrastructure.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes one backup file into the backup directory: under a temporary name, synced to disk, then renamed, so the
 * directory never shows a partial backup under a backup's name. Only its owner may read it.
 */
final class BackupFile {

    static final String SUFFIX = ".mmbk";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** What the backup holds, written into it in order. */
    interface Contents {

        void writeTo(BackupArchiveWriter archive, Map<String, String> facts) throws IOException;
    }

    /** The written file: its name in the directory, size and SHA-256. */
    record Written(String name, long sizeBytes, String sha256) {
    }

    private BackupFile() {
    }

    static String name(String hospital, Instant created, long run) {
        return hospital + "-" + STAMP.format(created) + "-" + run + SUFFIX;
    }

    static Written write(Path directory, String name, BackupKey key, BackupHeader header, Contents contents)
            throws IOException {
        Files.createDirectories(directory,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path partial = directory.resolve(name + ".partial");
        MessageDigest sha256 = BackupArchiveWriter.sha256();
        try {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(partial),
                    1 << 16), sha256);
                    BackupArchiveWriter archive = BackupArchiveWriter.open(out, key, header)) {
                Map<String, String> facts = new TreeMap<>();
                contents.writeTo(archive, facts);
                archive.finish(facts);
            }
            syncToDisk(partial);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Path done = directory.resolve(name);
        Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
        return new Written(name, Files.size(done), HexFormat.of().formatHex(sha256.digest()));
    }

    /** Waits until the file's content is on disk (the writer closes its stream when it finishes the archive). */
    private static void syncToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
