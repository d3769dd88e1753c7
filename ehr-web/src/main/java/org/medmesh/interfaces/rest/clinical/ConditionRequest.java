package org.medmesh.interfaces.rest.clinical;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

import org.medmesh.interfaces.rest.support.CodeRequest;

/** A diagnosis to add to the problem list. */
public class ConditionRequest {

    @NotNull(message = "Give the patientId.")
    public UUID patientId;

    @NotNull(message = "Give the condition code (e.g. SNOMED CT 38341003 Hypertensive disorder).")
    @Valid
    public CodeRequest code;

    public LocalDate onsetDate;

    @Size(max = 2000, message = "A note has at most 2000 characters.")
    public String note;
}
