package org.medmesh.interfaces.rest.clinical;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A new status for a problem-list entry or an allergy. */
public class StatusRequest {

    @NotBlank(message = "Give the new status: ACTIVE, INACTIVE or RESOLVED.")
    @Pattern(regexp = "ACTIVE|INACTIVE|RESOLVED", message = "The status is ACTIVE, INACTIVE or RESOLVED.")
    public String status;
}
