package org.medmesh.sync.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.medmesh.sync.infrastructure.signing.ChangeSeals;

/**
 * The channel material {@code server-config/bin/channel-keys.sh} makes for hospitals A, B and C — a CA, TLS stores,
 * signing keys, broker logins — made once and kept in target/ between runs.
 */
public final class TestChannel {

    private static final Path NETWORK = Path.of("target", "test-channel", "network").toAbsolutePath();
    private static final Path STRANGERS = Path.of("target", "test-channel", "strangers").toAbsolutePath();

    private TestChannel() {
    }

    /** The test network. */
    public static Path network() {
        return made(NETWORK);
    }

    /** A hospital's signatures and checks, with its signing key and the network's keys from the test network. */
    public static ChangeSeals seals(String hospital) {
        Path network = network();
        return ChangeSeals.standalone(hospital, network.resolve(hospital + "/signing-key.pem"),
                network.resolve("network-keys"));
    }

    /** Another network with the same hospital names, whose CA and keys the test network does not trust. */
    public static Path strangers() {
        return made(STRANGERS);
    }

    private static synchronized Path made(Path dir) {
        if (Files.exists(dir.resolve("network-keys"))) {
            return dir;
        }
        Path script = Path.of("..", "server-config", "bin", "channel-keys.sh").toAbsolutePath();
        try {
            Process process = new ProcessBuilder("bash", script.toString(), dir.toString(), "hospA", "hospB", "hospC")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("channel-keys.sh failed for " + dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return dir;
    }
}
