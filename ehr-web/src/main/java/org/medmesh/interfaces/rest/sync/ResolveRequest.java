package org.medmesh.interfaces.rest.sync;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How a reviewer settles a conflict, and why. */
public class ResolveRequest {

    @NotBlank(message = "Give the resolution: KEEP_WINNER or REAPPLY_LOSER.")
    @Pattern(regexp = "KEEP_WINNER|REAPPLY_LOSER", message = "The resolution is KEEP_WINNER or REAPPLY_LOSER.")
    public String resolution;

    @Size(max = 1000, message = "The note is at most 1000 characters.")
    public String note;
}
