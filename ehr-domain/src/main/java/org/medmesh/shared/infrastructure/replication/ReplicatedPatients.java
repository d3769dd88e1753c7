package org.medmesh.shared.infrastructure.replication;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which patients this hospital has, for replication: a patient's other records wait until the registration arrives.
 * Implemented by the patient context.
 */
public interface ReplicatedPatients {

    /** The ids among {@code ids} of patients registered here (voided or not). */
    Set<UUID> known(Connection db, Collection<UUID> ids) throws SQLException;
}
