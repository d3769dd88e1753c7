package org.medmesh.patient.application;

import jakarta.annotation.security.RolesAllowed;

import org.medmesh.identity.domain.model.Roles;
import org.medmesh.patient.domain.model.Demographics;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.patient.domain.model.PatientSearch;
import org.medmesh.shared.application.Page;

/**
 * Registration and demographics of patients. Clinicians read; doctors and nurses register and update; doctors void.
 * Administrators see no patient data.
 */
public interface PatientService {

    /**
     * Should register the patient at this hospital, assign the next MRN, emit {@code patient.registered}, and refuse a
     * national id already registered here or an implausible birth date.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    PatientView register(Demographics demographics);

    /**
     * Should return the patient, voided or not, or fail with RecordNotFound; ConsentRequired at a hospital the patient
     * does not share the record with, unless the caller broke the glass.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    PatientView find(PatientId id);

    /**
     * Should require at least one criterion and return one page ordered by family then given name, each patient marked
     * restricted when the caller needs break-the-glass to open the record.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    Page<PatientSearchHit> search(PatientSearch search);

    /**
     * Should replace the demographics only if {@code expectedVersion} is current (else StaleVersion) and emit
     * {@code patient.updated}; ConsentRequired like {@link #find}.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    PatientView update(PatientId id, long expectedVersion, Demographics demographics);

    /** Should void the patient with a reason (registered in error) and emit {@code patient.voided}. */
    @RolesAllowed(Roles.DOCTOR)
    PatientView voidPatient(PatientId id, long expectedVersion, String reason);
}
