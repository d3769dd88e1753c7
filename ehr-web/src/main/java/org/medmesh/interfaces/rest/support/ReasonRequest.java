package org.medmesh.interfaces.rest.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a record is voided or an order cancelled; kept with the record. */
public class ReasonRequest {

    @NotBlank(message = "Give a reason; it is kept with the record.")
    @Size(max = 500, message = "A reason has at most 500 characters.")
    public String reason;
}
