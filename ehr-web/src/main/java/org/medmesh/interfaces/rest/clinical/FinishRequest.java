package org.medmesh.interfaces.rest.clinical;

import java.time.Instant;

/** When a visit ended; now if absent. */
public class FinishRequest {

    public Instant endedAt;
}
