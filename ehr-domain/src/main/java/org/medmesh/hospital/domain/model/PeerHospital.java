package org.medmesh.hospital.domain.model;

import java.util.Objects;

import org.medmesh.shared.domain.model.HospitalId;

/** Another hospital of the network and the address of its broker, which receives our replicated changes. */
public record PeerHospital(HospitalId id, String brokerUrl) {

    public PeerHospital {
        Objects.requireNonNull(id, "peer id");
        if (brokerUrl == null || brokerUrl.isBlank()) {
            throw new IllegalArgumentException("peer " + id + " has no broker URL");
        }
    }
}
