package org.medmesh.patient.domain.model;

import java.util.List;
import java.util.Optional;

import org.medmesh.shared.domain.model.Repository;

/** The patients known at this hospital (registered here or replicated from peers). */
@Repository
public interface PatientRepository {

    Optional<Patient> find(PatientId id);

    /** A page of matches, ordered by family then given name, with one extra element if more follow. */
    List<Patient> search(PatientSearch search);

    Optional<Patient> findByNationalId(String nationalId);

    /** The next medical record number of this hospital, e.g. {@code hospA-0000042}. */
    String nextMrn(String hospitalId);

    void store(Patient patient);

    /** Writes pending changes now, so versions reported to clients are current. */
    void flush();
}
