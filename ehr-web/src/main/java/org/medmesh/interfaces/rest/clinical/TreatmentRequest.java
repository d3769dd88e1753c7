package org.medmesh.interfaces.rest.clinical;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

import org.medmesh.interfaces.rest.support.CodeRequest;

/** A treatment or procedure to order. */
public class TreatmentRequest {

    @NotNull(message = "Give the patientId.")
    public UUID patientId;

    public UUID encounterId;

    @NotNull(message = "Give the procedure code (display, and code system + code if known).")
    @Valid
    public CodeRequest code;

    @Size(max = 2000, message = "Instructions have at most 2000 characters.")
    public String instructions;
}
