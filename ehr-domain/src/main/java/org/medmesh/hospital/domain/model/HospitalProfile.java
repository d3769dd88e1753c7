package org.medmesh.hospital.domain.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.medmesh.shared.domain.model.HospitalId;

/**
 * This hospital as the network knows it: identity, display name, software version and peers.
 */
public record HospitalProfile(HospitalId id, String name, String version, List<PeerHospital> peers) {

    public HospitalProfile {
        Objects.requireNonNull(id, "hospital id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("hospital " + id + " has no name");
        }
        peers = List.copyOf(peers);
        if (peers.stream().anyMatch(peer -> peer.id().equals(id))) {
            throw new IllegalArgumentException("hospital " + id + " lists itself as a peer");
        }
        if (peers.stream().map(PeerHospital::id).distinct().count() != peers.size()) {
            throw new IllegalArgumentException("hospital " + id + " lists a peer twice");
        }
    }

    /**
     * Parses the peer list as configured: {@code id=brokerUrl} pairs separated by commas, blanks ignored.
     */
    public static List<PeerHospital> parsePeers(String configured) {
        List<PeerHospital> peers = new ArrayList<>();
        if (configured == null) {
            return peers;
        }
        for (String entry : configured.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("peer entry must be id=brokerUrl: '" + trimmed + "'");
            }
            peers.add(new PeerHospital(new HospitalId(trimmed.substring(0, eq).trim()),
                    trimmed.substring(eq + 1).trim()));
        }
        return peers;
    }
}
