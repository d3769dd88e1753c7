package org.medmesh.interfaces.rest.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.medmesh.clinical.domain.model.CodedConcept;

/** A coded concept in a request: system URI and code (both or neither) and a display text. */
public class CodeRequest {

    @Size(max = 100, message = "A code system URI has at most 100 characters.")
    public String system;

    @Size(max = 64, message = "A code has at most 64 characters.")
    public String code;

    @NotBlank(message = "Give the display text of the code (what a clinician reads).")
    @Size(max = 200, message = "A display text has at most 200 characters.")
    public String display;

    public CodedConcept toConcept() {
        return new CodedConcept(system, code, display);
    }
}
