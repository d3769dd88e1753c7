package org.medmesh.patient.application;

import jakarta.annotation.security.RolesAllowed;

import org.medmesh.identity.domain.model.Roles;
import org.medmesh.patient.domain.model.BreakGlassReason;
import org.medmesh.patient.domain.model.PatientId;

/** Emergency access to a patient who does not share the record with this hospital. */
public interface BreakGlassService {

    /**
     * Should grant the caller access to the patient's records at this hospital for {@code hospital.break-glass.minutes}
     * (default 60) with the stated reason (a {@link BreakGlassReason}, so never empty in disguise), emit
     * {@code breakglass.granted} (so the patient's home hospital learns of it), notify this hospital's administrators,
     * flag the request in the audit trail, and refuse a patient whose records the caller can already see. Should refuse
     * with {@link org.medmesh.patient.domain.model.BreakGlassActive} while the caller's own grant for the patient still
     * runs here (flagged in the audit trail like the request it repeats): no second grant, no extension, no second
     * notification.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    BreakGlassView breakGlass(PatientId patient, BreakGlassReason reason);
}
