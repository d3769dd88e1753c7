package org.medmesh.platform.infrastructure.backup;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a backup: the header line, then, encrypted, a ZIP stream of its entries (compressed) ending with the manifest
 * of their sizes and SHA-256 digests. Entries are streamed, never held in memory. Nothing is a backup before
 * {@link #finish(Map)} returns: a writer closed without it leaves a file that every reader refuses.
 */
public final class BackupArchiveWriter implements Closeable {

    /** The manifest's entry, always the last one. */
    public static final String MANIFEST = "manifest.properties";
    private static final Pattern ENTRY_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");

    /** What writes an entry's content; it must not close the stream. */
    @FunctionalInterface
    public interface EntryContent {

        void writeTo(OutputStream out) throws IOException;
    }

    private final OutputStream encrypted;
    private final ZipOutputStream zip;
    private final Set<String> names = new LinkedHashSet<>();
    private final Map<String, String> manifest = new TreeMap<>();
    private boolean finished;

    private BackupArchiveWriter(OutputStream encrypted) {
        this.encrypted = encrypted;
        this.zip = new ZipOutputStream(encrypted, StandardCharsets.UTF_8);
    }

    /** Starts a backup on {@code out} (closed with the writer), encrypted with {@code key}. */
    public static BackupArchiveWriter open(OutputStream out, BackupKey key, BackupHeader header) throws IOException {
        if (!header.keyFingerprint().equals(key.fingerprint())) {
            throw new IllegalArgumentException("the header names another key than the one given");
        }
        byte[] line = header.line();
        out.write(line);
        try {
            return new BackupArchiveWriter(key.cipher().newEncryptingStream(out, line));
        } catch (GeneralSecurityException e) {
            throw new IOException("could not start the backup's encryption: " + e.getMessage(), e);
        }
    }

    /** Adds an entry with what {@code content} writes; names are lower-case paths and unique. */
    public void entry(String name, EntryContent content) throws IOException {
        if (!ENTRY_NAME.matcher(name).matches() || name.contains("..") || MANIFEST.equals(name)
                || !names.add(name)) {
            throw new IllegalArgumentException("not a new entry name: " + name);
        }
        MessageDigest sha256 = sha256();
        zip.putNextEntry(new ZipEntry(name));
        CountingStream counted = new CountingStream(new DigestOutputStream(zip, sha256));
        content.writeTo(counted);
        counted.flush();
        zip.closeEntry();
        manifest.put("entry." + name + ".bytes", Long.toString(counted.count));
        manifest.put("entry." + name + ".sha256", HexFormat.of().formatHex(sha256.digest()));
    }

    /** Adds a file's content as an entry. */
    public void file(String name, Path file) throws IOException {
        entry(name, out -> Files.copy(file, out));
    }

    /**
     * Writes the manifest, with the entries' sizes and digests and {@code facts} (names without {@code entry.}), and
     * completes the backup.
     */
    public void finish(Map<String, String> facts) throws IOException {
        Map<String, String> all = new TreeMap<>(facts);
        if (all.keySet().stream().anyMatch(key -> key.startsWith("entry."))) {
            throw new IllegalArgumentException("facts may not use the entries' names (entry.*)");
        }
        all.putAll(manifest);
        all.put("entries", String.join(",", names));
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(BackupManifest.format(all).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        finished = true;
        zip.close();
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            encrypted.close();
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Counts the bytes an entry's content writes, passing them on. */
    private static final class CountingStream extends FilterOutputStream {

        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
