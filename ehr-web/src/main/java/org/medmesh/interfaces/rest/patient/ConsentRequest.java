package org.medmesh.interfaces.rest.patient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The patient's consent choices as sent to record them, with the reason. */
public class ConsentRequest {

    @NotNull(message = "Say whether the record is shared with the other hospitals for treatment (true or false).")
    public Boolean sharingWithHospitals;

    @NotNull(message = "Say whether the record may be used for analytics (true or false; false = opted out).")
    public Boolean analyticsUse;

    @NotBlank(message = "Give the reason for the change (e.g. the patient's request); it is kept with the consent.")
    @Size(max = 500, message = "A reason has at most 500 characters.")
    public String reason;
}
