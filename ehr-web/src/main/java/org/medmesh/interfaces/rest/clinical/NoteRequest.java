package org.medmesh.interfaces.rest.clinical;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A clinical note to write. */
public class NoteRequest {

    @NotNull(message = "Give the patientId.")
    public UUID patientId;

    public UUID encounterId;

    @NotNull(message = "Give the note type.")
    @Pattern(regexp = "PROGRESS|ADMISSION|DISCHARGE|CONSULTATION|NURSING|PROCEDURE", message = "The type is PROGRESS, ADMISSION, DISCHARGE, CONSULTATION, NURSING or PROCEDURE.")
    public String type;

    @NotBlank(message = "Write the text of the note.")
    @Size(max = 20000, message = "A note has at most 20000 characters.")
    public String text;
}
