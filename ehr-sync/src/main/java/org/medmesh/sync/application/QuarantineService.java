package org.medmesh.sync.application;

import jakarta.annotation.security.RolesAllowed;

import java.util.List;

import org.medmesh.identity.domain.model.Roles;

/** The messages from peers that were not applied, and applying one again once its cause is fixed. */
public interface QuarantineService {

    /** Should return the messages still waiting (or all of them), newest first, at most {@code limit} (1–500). */
    @RolesAllowed(Roles.ADMIN)
    List<QuarantinedMessage> list(boolean waitingOnly, int limit);

    /**
     * Should verify the message again (the network's keys are read afresh) and apply it when its origin's seal holds,
     * marking it resolved; should refuse with the reason when it still does not hold, when it was resolved already, or
     * when it is not a single change (an anti-entropy batch: ask the peer for a repair instead).
     */
    @RolesAllowed(Roles.ADMIN)
    QuarantinedMessage retry(String id);
}
