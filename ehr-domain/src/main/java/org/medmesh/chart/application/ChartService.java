package org.medmesh.chart.application;

import jakarta.annotation.security.RolesAllowed;

import org.medmesh.identity.domain.model.Roles;
import org.medmesh.patient.domain.model.PatientId;

/** Reads a patient's chart in one call. */
public interface ChartService {

    /** Should assemble the chart of a patient (voided records excluded) or fail with RecordNotFound. */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    ChartView chart(PatientId patient);
}
