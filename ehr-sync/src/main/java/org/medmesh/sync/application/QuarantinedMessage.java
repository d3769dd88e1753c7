package org.medmesh.sync.application;

import java.time.Instant;

/**
 * A message from a peer kept in quarantine instead of applied, as an operator sees it: never its content (which holds
 * patient data), only why it was refused and what became of it.
 *
 * @param id the message id (for a state a repair brought, {@code repair-<event id>})
 * @param failure why it was refused: for {@link QuarantineReason#FORGED} the verification's verdict; for the others a
 *            description of the kind of failure (the database's own words stay in the database, they can quote values)
 * @param sender the broker account that delivered it (a peer hospital's id)
 * @param resolvedAt when a retry applied it; null while it waits
 */
public record QuarantinedMessage(String id, QuarantineReason reason, String failure, String sender, int attempts,
        Instant quarantinedAt, Instant retriedAt, Instant resolvedAt) {
}
