package org.medmesh.hospital.application;

import jakarta.annotation.security.PermitAll;

import org.medmesh.hospital.domain.model.HospitalProfile;

/**
 * Who this node is. Every node runs the same EAR; its identity comes from configuration.
 */
public interface ThisHospital {

    /**
     * Should return the profile built from {@code hospital.id}, {@code hospital.name} and {@code hospital.peers}, and
     * fail deployment with a clear message when they are missing or malformed.
     */
    @PermitAll
    HospitalProfile profile();
}
