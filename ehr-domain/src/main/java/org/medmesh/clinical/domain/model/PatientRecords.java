package org.medmesh.clinical.domain.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.domain.model.Repository;

/** The records of every kind that belong to patients' charts at this hospital. */
@Repository
public interface PatientRecords {

    <T extends PatientRecord> Optional<T> find(Class<T> kind, UUID id);

    /**
     * A page of one patient's records of one kind, newest first, with one extra element if more follow; voided records
     * only when asked.
     */
    <T extends PatientRecord> List<T> ofPatient(Class<T> kind, PatientId patient, boolean includeVoided, int page,
            int size);

    /** Every record of a kind for a patient that is not voided (problem lists and medication lists are short). */
    <T extends PatientRecord> List<T> allCurrent(Class<T> kind, PatientId patient);

    /**
     * Who created the patient's current records of a kind that has an encounter ({@code encounterId}: observations,
     * treatments, notes, prescriptions) in these encounters.
     */
    Set<String> authorsIn(Class<? extends PatientRecord> kind, PatientId patient, Collection<UUID> encounters);

    void store(PatientRecord record);

    /** Writes pending changes now, so versions reported to clients are current. */
    void flush();
}
