package org.medmesh.hospital.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.hospital.domain.model.HospitalProfile;
import org.medmesh.shared.domain.model.HospitalId;

@ApplicationScoped
@PermitAll
public class ConfiguredHospital implements ThisHospital {

    @Inject
    @ConfigProperty(name = "hospital.id")
    String id;

    @Inject
    @ConfigProperty(name = "hospital.name")
    String name;

    @Inject
    @ConfigProperty(name = "hospital.peers")
    Optional<String> peers;

    private HospitalProfile profile;

    @PostConstruct
    void load() {
        String version = Optional.ofNullable(getClass().getPackage().getImplementationVersion()).orElse("development");
        profile = new HospitalProfile(new HospitalId(id), name, version,
                HospitalProfile.parsePeers(peers.orElse("")));
    }

    @Override
    public HospitalProfile profile() {
        return profile;
    }
}
