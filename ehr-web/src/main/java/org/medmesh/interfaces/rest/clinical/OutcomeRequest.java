package org.medmesh.interfaces.rest.clinical;

import jakarta.validation.constraints.Size;

/** What came of a completed treatment. */
public class OutcomeRequest {

    @Size(max = 2000, message = "An outcome has at most 2000 characters.")
    public String outcome;
}
