package org.medmesh.interfaces.rest.clinical;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The corrected text of a note. */
public class AmendRequest {

    @NotBlank(message = "Write the corrected text.")
    @Size(max = 20000, message = "A note has at most 20000 characters.")
    public String text;
}
