package org.medmesh.interfaces.rest.medication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the pharmacist hands out. */
public class DispenseRequest {

    @NotBlank(message = "Give the quantity dispensed, e.g. '21 tablets'.")
    @Size(max = 64, message = "A quantity has at most 64 characters.")
    public String quantity;

    @Size(max = 500, message = "A note has at most 500 characters.")
    public String note;
}
