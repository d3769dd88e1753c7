package org.medmesh.hospital.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.hospital.domain.model.HospitalProfile;
import org.medmesh.platform.config.HospitalProperty;
import org.medmesh.shared.domain.model.HospitalId;

@ApplicationScoped
public class ConfiguredHospital implements ThisHospital {

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.ID)
    String id;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.NAME)
    String name;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.PEERS)
    Optional<String> peers;

    private HospitalProfile profile;

    @PostConstruct
    void load() {
        profile = new HospitalProfile(new HospitalId(id), name, softwareVersion(),
                HospitalProfile.parsePeers(peers.orElse("")));
    }

    /** The version the build stamped into {@code org/medmesh/hospital/build.properties}. */
    static String softwareVersion() {
        try (InputStream in = HospitalProfile.class.getResourceAsStream("/org/medmesh/hospital/build.properties")) {
            Properties build = new Properties();
            if (in != null) {
                build.load(in);
            }
            return build.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build version", e);
        }
    }

    @Override
    public HospitalProfile profile() {
        return profile;
    }
}
