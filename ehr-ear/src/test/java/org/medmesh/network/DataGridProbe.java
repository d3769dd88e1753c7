package org.medmesh.network;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * A hospital's data grid as a process on the host finds it: a Hazelcast client that connects to one member's port under
 * a cluster name it guesses or was given. Hazelcast (open source) has no other credential: a client it admits reads and
 * writes everything the grid holds.
 */
final class DataGridProbe {

    private final String address;

    /** The grid member listening on {@code 127.0.0.1:port}. */
    DataGridProbe(int port) {
        this.address = "127.0.0.1:" + port;
    }

    /** The name the launcher gave the hospital's grid, read from its secrets as only its owner can. */
    static String keptName(Path work, String hospital) {
        try {
            return "medmesh-" + hospital + "-" + Files.readString(work.resolve("secrets").resolve(hospital)
                    .resolve("grid-name")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether nobody but the owner may enter {@code directory} (mode 700). */
    static boolean ownerOnly(Path directory) {
        try {
            return Files.getPosixFilePermissions(directory).equals(Set.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the member admits a client giving {@code clusterName}: connected, and the grid's distributed objects
     * listed (the first thing an intruder would read).
     */
    boolean admits(String clusterName) {
        ClientConfig config = new ClientConfig();
        config.setClusterName(clusterName);
        config.setProperty("hazelcast.logging.type", "none");
        config.getNetworkConfig().addAddress(address).setSmartRouting(false);
        config.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(2_000);
        HazelcastInstance client;
        try {
            client = HazelcastClient.newHazelcastClient(config);
        } catch (IllegalStateException refused) {
            return false;
        }
        try {
            client.getDistributedObjects();
            return true;
        } finally {
            client.shutdown();
        }
    }
}
