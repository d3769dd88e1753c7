package org.medmesh.interfaces.rest.patient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a clinician needs emergency access to a patient's records. */
public class BreakGlassRequest {

    @NotBlank(message = "State why you need emergency access to this patient's records; it is audited and reviewed.")
    @Size(max = 500, message = "A reason has at most 500 characters.")
    public String reason;
}
