package org.medmesh.interfaces.rest.hospital;

import java.util.List;

import org.medmesh.hospital.domain.model.HospitalProfile;

/** This node's public profile. Peer broker addresses are not disclosed, only the peers' ids. */
public record HospitalResponse(String id, String name, String version, List<String> peers) {

    static HospitalResponse of(HospitalProfile profile) {
        return new HospitalResponse(profile.id().value(), profile.name(), profile.version(),
                profile.peers().stream().map(peer -> peer.id().value()).toList());
    }
}
