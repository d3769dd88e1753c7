package org.medmesh.platform.infrastructure.backup;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a backup that {@link BackupArchiveWriter} wrote, refusing it ({@link BackupRefusedException}) unless it is this
 * hospital's, made with this key, authentic to its last byte and complete as its manifest says. {@link #verify} reads
 * it all without using anything; {@link #read} hands each entry over as it is decrypted, and its verdict comes only at
 * the end, so whoever restores verifies first.
 */
public final class BackupArchiveReader {

    /** Told how far the reading is, in bytes of the backup file. */
    @FunctionalInterface
    public interface Progress {

        void at(long bytesRead, long fileBytes);
    }

    /** Takes an entry's content as it is decrypted (need not read it all; must not close it). */
    @FunctionalInterface
    public interface EntryUse {

        void use(String name, InputStream content) throws IOException;
    }

    private static final int PROGRESS_STEP = 1 << 20;

    private BackupArchiveReader() {
    }

    /** The clear header of a backup file, without decrypting anything. */
    public static BackupHeader header(Path file) throws IOException, BackupRefusedException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return BackupHeader.readFrom(in);
        }
    }

    /** Reads the whole backup and checks it; returns its manifest, or refuses it. */
    public static BackupManifest verify(Path file, BackupKey key, String hospital, Progress progress)
            throws IOException, BackupRefusedException {
        return read(file, key, hospital, progress, (name, content) -> {
        });
    }

    /** Reads the whole backup, giving each entry to {@code use}; returns the manifest once all of it checked out. */
    public static BackupManifest read(Path file, BackupKey key, String hospital, Progress progress, EntryUse use)
            throws IOException, BackupRefusedException {
        long size = Files.size(file);
        try (CountingInput counted = new CountingInput(Files.newInputStream(file), size, progress);
                InputStream in = new BufferedInputStream(counted, 1 << 16)) {
            BackupHeader header = BackupHeader.readFrom(in);
            if (!header.hospital().equals(hospital)) {
                throw new BackupRefusedException("this is a backup of " + header.hospital() + ", not of " + hospital
                        + "; nothing was changed");
            }
            if (!header.keyFingerprint().equals(key.fingerprint())) {
                throw new BackupRefusedException("this backup was encrypted with another key (fingerprint "
                        + header.keyFingerprint() + ") than the one given (" + key.fingerprint()
                        + "); nothing was changed");
            }
            InputStream plain;
            try {
                plain = key.cipher().newDecryptingStream(in, header.line());
            } catch (GeneralSecurityException e) {
                throw new BackupRefusedException("the backup cannot be decrypted: " + e.getMessage(), e);
            }
            try {
                return readEntries(plain, use);
            } catch (IOException e) {
                if (e instanceof UseFailedException used) {
                    throw used.getCause();
                }
                throw new BackupRefusedException("the backup is damaged or cut off: it fails authentication near byte "
                        + counted.count + " of " + size + " (" + firstLine(e.getMessage()) + "); nothing was changed",
                        e);
            }
        }
    }

    private static BackupManifest readEntries(InputStream plain, EntryUse use)
            throws IOException, BackupRefusedException {
        Map<String, BackupManifest.Entry> found = new HashMap<>();
        BackupManifest manifest = null;
        ZipInputStream zip = new ZipInputStream(plain, StandardCharsets.UTF_8);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = entry.getName();
            if (found.containsKey(name) || manifest != null) {
                throw new BackupRefusedException("the backup holds " + name + " twice or after its manifest; "
                        + "nothing was changed");
            }
            if (BackupArchiveWriter.MANIFEST.equals(name)) {
                manifest = manifestOf(zip);
                continue;
            }
            MessageDigest sha256 = BackupArchiveWriter.sha256();
            CountingInput content = new CountingInput(new DigestInputStream(new KeptOpen(zip), sha256), -1, null);
            try {
                use.use(name, content);
            } catch (IOException e) {
                throw new UseFailedException(e);
            }
            content.transferTo(OutputStream.nullOutputStream());
            found.put(name, new BackupManifest.Entry(content.count, HexFormat.of().formatHex(sha256.digest())));
        }
        // The cipher checks the last segment only when the end is read: read past the ZIP's central directory.
        plain.transferTo(OutputStream.nullOutputStream());
        if (manifest == null) {
            throw new BackupRefusedException("the backup has no manifest: it is incomplete; nothing was changed");
        }
        Map<String, BackupManifest.Entry> listed = manifest.entries();
        if (!listed.equals(found)) {
            throw new BackupRefusedException("the backup's entries do not match its manifest (" + listed.keySet()
                    + " listed, " + found.keySet() + " found, or a size or digest differs); nothing was changed");
        }
        return manifest;
    }

    private static BackupManifest manifestOf(ZipInputStream zip) throws IOException, BackupRefusedException {
        byte[] text = zip.readNBytes(1 << 20);
        try {
            BackupManifest manifest = BackupManifest.parse(new String(text, StandardCharsets.UTF_8));
            manifest.entries();
            return manifest;
        } catch (IllegalArgumentException e) {
            throw new BackupRefusedException("the backup's manifest is not readable (" + e.getMessage()
                    + "); nothing was changed", e);
        }
    }

    /** An {@link EntryUse}'s own failure, told apart from a damaged backup's. */
    private static final class UseFailedException extends IOException {

        private static final long serialVersionUID = 1L;

        UseFailedException(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** Bytes read from a stream, reported every megabyte. */
    private static final class CountingInput extends FilterInputStream {

        private final long total;
        private final Progress progress;
        private long count;
        private long reported;

        CountingInput(InputStream in, long total, Progress progress) {
            super(in);
            this.total = total;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // read what is skipped, so that it is counted and digested
            int read = n <= 0 ? 0 : read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
            return Math.max(read, 0);
        }

        private void advance(long n) {
            count += n;
            if (progress != null && (count - reported >= PROGRESS_STEP || count == total)) {
                reported = count;
                progress.at(count, total);
            }
        }
    }

    /** The current ZIP entry, which its user must not close. */
    private static final class KeptOpen extends FilterInputStream {

        KeptOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the next entry follows in the same stream
        }
    }

    /** The cipher's messages run over many lines of its internal state; the first says what failed. */
    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse("no detail");
    }
}
