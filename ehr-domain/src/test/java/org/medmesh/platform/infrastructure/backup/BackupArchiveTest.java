package org.medmesh.platform.infrastructure.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackupArchiveTest {

    private static final String HOSPITAL = "hospA";
    /** More than two of the cipher's 1 MB segments, and not compressible: the damage tests reach every segment. */
    private static final int DUMP_BYTES = 2_500_000;

    @TempDir
    Path dir;

    private final BackupKey key = BackupKey.generate();
    private final byte[] dump = randomText(DUMP_BYTES);

    @Test
    void keepsEveryEntryWithItsDigestAndTheFactsAndReportsProgress() throws Exception {
        Path backup = write(key);
        List<Long> progress = new ArrayList<>();
        Map<String, byte[]> read = new LinkedHashMap<>();

        BackupManifest manifest = BackupArchiveReader.read(backup, key, HOSPITAL, (at, total) -> progress.add(at),
                (name, content) -> read.put(name, content.readAllBytes()));

        assertThat(read.keySet()).containsExactly("database.sql", "files/signing-key.pem");
        assertThat(read.get("database.sql")).isEqualTo(dump);
        assertThat(new String(read.get("files/signing-key.pem"), StandardCharsets.UTF_8)).isEqualTo("a key\n");
        assertThat(manifest.fact("schema")).contains("22");
        assertThat(manifest.fact("file.files/signing-key.pem")).contains("/etc/medmesh/signing-key.pem");
        assertThat(manifest.entries().get("database.sql").bytes()).isEqualTo(DUMP_BYTES);
        assertThat(progress).isNotEmpty().isSorted().last().isEqualTo(Files.size(backup));
        assertThat(BackupArchiveReader.header(backup)).isEqualTo(new BackupHeader(HOSPITAL,
                Instant.parse("2026-12-06T02:00:00Z"), key.fingerprint()));
    }

    @Test
    void anEntryItsUserReadsOnlyInPartIsStillCheckedToTheEnd() throws Exception {
        Path backup = write(key);

        BackupManifest manifest = BackupArchiveReader.read(backup, key, HOSPITAL, null,
                (name, content) -> content.readNBytes(10));

        assertThat(manifest.entries()).containsOnlyKeys("database.sql", "files/signing-key.pem");
    }

    @Test
    void theBackupIsEncryptedAndCompressedNothingOfTheDumpShowsInTheFile() throws Exception {
        byte[] file = Files.readAllBytes(write(key));

        String text = new String(file, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("INSERT INTO").doesNotContain("a key");
        assertThat(text).startsWith("MedMesh backup 1 hospital=hospA created=2026-12-06T02:00:00Z key=");
    }

    @ParameterizedTest(name = "a byte flipped at {0}% of the file")
    @ValueSource(ints = {0, 1, 10, 50, 90, 99, 100})
    void aFlippedByteAnywhereIsRefused(int percent) throws Exception {
        Path backup = write(key);
        byte[] bytes = Files.readAllBytes(backup);
        int at = Math.min(bytes.length - 1, (int) ((long) bytes.length * percent / 100));
        bytes[at] ^= 0x01;
        Files.write(backup, bytes);

        assertThatThrownBy(() -> BackupArchiveReader.verify(backup, key, HOSPITAL, null))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("nothing was changed");
    }

    @ParameterizedTest(name = "cut to {0}% of its length")
    @ValueSource(ints = {0, 1, 30, 60, 99})
    void aTruncatedBackupIsRefused(int percent) throws Exception {
        Path backup = write(key);
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(backup, java.util.Arrays.copyOf(bytes, (int) ((long) bytes.length * percent / 100)));

        assertThatThrownBy(() -> BackupArchiveReader.verify(backup, key, HOSPITAL, null))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("nothing was changed");
    }

    @Test
    void theLastByteCutOffIsRefused() throws Exception {
        Path backup = write(key);
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(backup, java.util.Arrays.copyOf(bytes, bytes.length - 1));

        assertThatThrownBy(() -> BackupArchiveReader.verify(backup, key, HOSPITAL, null))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("damaged or cut off");
    }

    @Test
    void anotherKeyIsRefusedByItsFingerprintBeforeAnythingIsDecrypted() throws Exception {
        Path backup = write(key);
        BackupKey other = BackupKey.generate();

        assertThatThrownBy(() -> BackupArchiveReader.verify(backup, other, HOSPITAL, null))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("another key")
                .hasMessageContaining(key.fingerprint()).hasMessageContaining(other.fingerprint());
    }

    @Test
    void anotherKeyIsRefusedEvenWhenTheHeaderIsForgedToNameIt() throws Exception {
        Path backup = write(key);
        BackupKey other = BackupKey.generate();
        String file = new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1);
        Files.write(backup, file.replaceFirst("key=" + key.fingerprint(), "key=" + other.fingerprint())
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> BackupArchiveReader.verify(backup, other, HOSPITAL, null))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("damaged or cut off");
    }

    @Test
    void anotherHospitalsBackupIsRefused() throws Exception {
        Path backup = write(key);

        assertThatThrownBy(() -> BackupArchiveReader.verify(backup, key, "hospB", null))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("a backup of hospA, not of hospB");
    }

    @Test
    void aFileThatIsNoBackupIsRefused() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "-- MariaDB dump\nINSERT INTO patient ...\n");

        assertThatThrownBy(() -> BackupArchiveReader.verify(notes, key, HOSPITAL, null))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("not a MedMesh backup");
    }

    @Test
    void aBackupWhoseWritingStoppedBeforeItsManifestIsRefused() throws Exception {
        Path backup = dir.resolve("stopped.mmbk");
        try (OutputStream out = Files.newOutputStream(backup);
                BackupArchiveWriter writer = BackupArchiveWriter.open(out, key, header())) {
            writer.entry("database.sql", content -> content.write(dump));
        }

        assertThatThrownBy(() -> BackupArchiveReader.verify(backup, key, HOSPITAL, null))
                .isInstanceOf(BackupRefusedException.class);
    }

    @Test
    void entryNamesAreLowerCasePathsWithoutParentsAndUnique() throws Exception {
        try (BackupArchiveWriter writer = BackupArchiveWriter.open(new ByteArrayOutputStream(), key, header())) {
            writer.entry("database.sql", content -> content.write(1));
            for (String name : List.of("database.sql", "../etc/passwd", "/abs", "files/../x", "Upper",
                    BackupArchiveWriter.MANIFEST)) {
                assertThatThrownBy(() -> writer.entry(name, content -> content.write(1)))
                        .as(name).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void aKeyIsExactly32BytesOfBase64() {
        assertThat(BackupKey.parse(" " + key.base64() + "\n").fingerprint()).isEqualTo(key.fingerprint());
        assertThatThrownBy(() -> BackupKey.parse("c2hvcnQ=")).hasMessageContaining("exactly 32");
        assertThatThrownBy(() -> BackupKey.parse("not base64 at all!")).hasMessageContaining("not Base64");
    }

    private Path write(BackupKey with) throws IOException {
        Path backup = dir.resolve("hospA.mmbk");
        try (OutputStream out = Files.newOutputStream(backup);
                BackupArchiveWriter writer = BackupArchiveWriter.open(out, with, header())) {
            writer.entry("database.sql", content -> content.write(dump));
            writer.entry("files/signing-key.pem", content -> content.write("a key\n".getBytes(StandardCharsets.UTF_8)));
            writer.finish(Map.of("schema", "22", "file.files/signing-key.pem", "/etc/medmesh/signing-key.pem"));
        }
        return backup;
    }

    private BackupHeader header() {
        return new BackupHeader(HOSPITAL, Instant.parse("2026-12-06T02:00:00Z"), key.fingerprint());
    }

    /** Text that does not compress away: random digits and letters in lines. */
    private static byte[] randomText(int bytes) {
        Random random = new Random(42);
        byte[] text = new byte[bytes];
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 (),'";
        for (int i = 0; i < bytes; i++) {
            text[i] = (byte) (i % 80 == 79 ? '\n' : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text;
    }
}
