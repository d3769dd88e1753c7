package org.medmesh.interfaces.rest.clinical;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

import org.medmesh.interfaces.rest.support.CodeRequest;

/** An allergy or intolerance to record. */
public class AllergyRequest {

    @NotNull(message = "Give the patientId.")
    public UUID patientId;

    @NotNull(message = "Give the substance (display text, and code system + code if known).")
    @Valid
    public CodeRequest substance;

    @Size(max = 500, message = "A reaction has at most 500 characters.")
    public String reaction;

    @NotNull(message = "Give the severity: MILD, MODERATE or SEVERE.")
    @Pattern(regexp = "MILD|MODERATE|SEVERE", message = "The severity is MILD, MODERATE or SEVERE.")
    public String severity;
}
