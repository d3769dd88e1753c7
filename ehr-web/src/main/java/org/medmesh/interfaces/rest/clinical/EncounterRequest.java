package org.medmesh.interfaces.rest.clinical;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** A visit to open. The attending clinician defaults to the caller, the start to now. */
public class EncounterRequest {

    @NotNull(message = "Give the patientId.")
    public UUID patientId;

    @NotNull(message = "Give the visit type.")
    @Pattern(regexp = "AMBULATORY|EMERGENCY|INPATIENT|DAY_CARE|HOME|VIRTUAL", message = "The type is AMBULATORY, EMERGENCY, INPATIENT, DAY_CARE, HOME or VIRTUAL.")
    public String type;

    @Size(max = 100, message = "A ward name has at most 100 characters.")
    public String ward;

    @Size(max = 64, message = "The attending clinician is a username of at most 64 characters.")
    public String attending;

    public Instant startedAt;
}
