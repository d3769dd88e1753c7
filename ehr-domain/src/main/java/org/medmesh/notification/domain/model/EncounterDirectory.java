package org.medmesh.notification.domain.model;

import java.util.Optional;
import java.util.UUID;

/** Implemented by the clinical context: what the rules need to know of an encounter held here. */
public interface EncounterDirectory {

    /** An encounter's ward, attending doctor, whether it is open and the hospital where it takes place. */
    record EncounterOnWard(String ward, String attending, boolean open, String hospital) {
    }

    Optional<EncounterOnWard> find(UUID encounterId);
}
