package org.medmesh.sync.application;

import jakarta.annotation.security.RolesAllowed;

import java.util.UUID;

import org.medmesh.identity.domain.model.Roles;
import org.medmesh.shared.application.Page;

/**
 * The review queue of concurrent edits: every losing edit is kept here, whole, until a clinician settles it. Conflicts
 * hold patient data, so they are for clinical staff, not IT.
 */
public interface ConflictService {

    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    Page<ConflictView> list(boolean openOnly, int page, int size);

    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    ConflictView get(UUID id);

    /**
     * Should settle an open conflict; re-applying the loser writes it as a new change of the record (stamped, in the
     * outbox, replicated), refused when the record has been voided since. A settled conflict cannot be settled again.
     */
    @RolesAllowed(Roles.DOCTOR)
    ConflictView resolve(UUID id, ConflictResolution resolution, String note);
}
