package org.medmesh.sync.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import org.medmesh.events.application.ChangeClock;
import org.medmesh.events.application.RecordChanged;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.shared.domain.model.ChangeType;
import org.medmesh.notification.application.AdministratorAlerts;
import org.medmesh.notification.application.ConflictAlerts;
import org.medmesh.sync.application.QuarantineReason;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.Outcome;
import org.medmesh.sync.domain.model.ReplicationPolicy;
import org.medmesh.sync.domain.model.Replicator;
import org.medmesh.sync.infrastructure.persistence.ChangeDocument;
import org.medmesh.sync.infrastructure.persistence.ConflictResolutions;
import org.medmesh.sync.infrastructure.persistence.JdbcReplicaStore;
import org.medmesh.sync.infrastructure.persistence.SyncDatabase;
import org.medmesh.sync.infrastructure.signing.ChangeSeals;

/**
 * Applies one received change in its own database transaction: the inbox entry, the record's new state (or the parked
 * conflict, or the wait for its patient) commit together or not at all. Nothing is applied unless its origin's seal
 * holds ({@link ChangeSeals}): a change that fails verification is quarantined with the reason and the administrators
 * are told, in the same transaction. Called only by the inbox consumer and the quarantine's retry, which have no caller
 * identity; it exposes nothing to clients.
 */
@Stateless
@PermitAll
public class InboxApplier {

    /** Prefix of the quarantine id of a state a repair brought (the event id follows). */
    static final String REPAIRED_STATE = "repair-";
    private static final Logger LOG = Logger.getLogger(InboxApplier.class.getName());

    @Inject
    SyncDatabase database;

    @Inject
    ChangeClock clock;

    @Inject
    ThisHospital hospital;

    @Inject
    ChangeSeals seals;

    @Inject
    AdministratorAlerts alerts;

    @Inject
    ConflictAlerts conflicts;

    @Inject
    Event<RecordChanged> changed;

    /**
     * Applies a change delivered as message {@code messageId} by broker account {@code sender}; a change whose seal
     * does not hold is quarantined instead (returns empty).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Outcome> apply(Change change, String messageId, String body, String sender) {
        Optional<String> refusal = seals.refusal(change);
        if (refusal.isPresent()) {
            quarantineForged(messageId, body, refusal.get(), sender);
            return Optional.empty();
        }
        return Optional.of(withInbox(inbox -> inbox.receive(change)));
    }

    /**
     * Applies received changes in arrival order, all in one transaction: all or none are applied. What the changes need
     * to know is read for the batch at once and their inbox rows are written as one JDBC batch. Refuses the whole batch
     * when one of them is not sealed by its origin (the consumer then takes them one at a time).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void applyAll(List<Change> changes) {
        for (Change change : changes) {
            if (seals.refusal(change).isPresent()) {
                throw new IllegalArgumentException("change " + change.eventId() + " is not sealed by its origin");
            }
        }
        withInbox(inbox -> {
            inbox.store().prefetch(changes);
            changes.forEach(inbox::receive);
            inbox.store().flush();
            return null;
        });
    }

    /**
     * Merges the record states a peer ({@code sender}) sent to repair this hospital, all in one transaction; a state
     * whose origin's seal does not hold is quarantined on its own and the others are merged.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void repair(List<Change> states, String sender) {
        List<Change> sealed = new ArrayList<>();
        for (Change state : states) {
            Optional<String> refusal = seals.refusal(state);
            if (refusal.isPresent()) {
                quarantineForged(REPAIRED_STATE + state.eventId(), ChangeDocument.write(state), refusal.get(),
                        sender);
            } else {
                sealed.add(state);
            }
        }
        withInbox(inbox -> {
            sealed.forEach(inbox.replicator()::repair);
            return null;
        });
    }

    /**
     * Applies a quarantined change again (a repaired state through the repair rules) when its origin's seal now holds,
     * and marks it resolved; otherwise records the retry and returns why it is still refused.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> retry(String messageId, Change change, boolean repairedState) {
        Optional<String> refusal = seals.refusal(change);
        if (refusal.isEmpty()) {
            withInbox(inbox -> repairedState ? inbox.replicator().repair(change) : inbox.receive(change));
        }
        markRetried(messageId, refusal.orElse(null));
        return refusal;
    }

    /** Records a retry: resolved when {@code stillRefused} is null, else refused again for that reason. */
    private void markRetried(String messageId, String stillRefused) {
        database.run("record the retry of message " + messageId, session -> {
            session.quarantine().markRetried(messageId, stillRefused);
            return null;
        });
    }

    /**
     * This hospital's inbox on a connection of the current transaction: a received record change goes through the
     * replication rules; a conflict's resolution closes the conflict here (once: the inbox knows its event).
     */
    private record Inbox(SyncDatabase.Session session, JdbcReplicaStore store, Replicator replicator) {

        Outcome receive(Change change) {
            if (!ConflictResolutions.TYPE.equals(change.type())) {
                return replicator.receive(change);
            }
            if (store.received(change.eventId())) {
                return Outcome.DUPLICATE;
            }
            store.flush();
            session.applyResolution(change);
            store.markReceived(change, Outcome.APPLIED);
            return Outcome.APPLIED;
        }
    }

    private <T> T withInbox(Function<Inbox, T> work) {
        return database.run("apply received changes", session -> {
            JdbcReplicaStore store = session.replicaStore();
            return work.apply(new Inbox(session, store, new Replicator(store, clock::receive, this::merged)));
        });
    }

    /**
     * Tells the rest of the node what a received change did, in its transaction: a change that became a record's state
     * is announced like a local one ({@link RecordChanged}, which the notification rules observe); a conflict parked
     * for review is told to the records reviewers.
     */
    private void merged(Change change, Outcome outcome) {
        if (outcome == Outcome.APPLIED || outcome == Outcome.WON_CONFLICT) {
            ChangeType.named(change.type()).ifPresent(type -> changed.fire(new RecordChanged(type, change.eventId(),
                    change.patientId(), change.origin().value(), change.payload(), true)));
        }
        if ((outcome == Outcome.WON_CONFLICT || outcome == Outcome.LOST_CONFLICT)
                && !ReplicationPolicy.appendOnly(change.aggregateType())) {
            conflicts.conflictParked(change.eventId(), change.patientId(), change.aggregateType(),
                    change.origin().value(), Instant.now());
        }
    }

    /** Keeps a message that cannot be applied, whole, for an operator; a second quarantine of it is ignored. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void quarantine(String messageId, String body, String failure, int attempts, QuarantineReason reason,
            String sender) {
        store(messageId, body, failure, attempts, reason, sender);
    }

    private void quarantineForged(String messageId, String body, String failure, String sender) {
        LOG.severe(() -> "Quarantined message " + messageId + " from broker account " + sender
                + ": its origin's signature does not hold (" + failure + ")");
        store(messageId, body, failure, 1, QuarantineReason.FORGED, sender);
        alerts.syncQuarantined(messageId, sender, failure, Instant.now());
    }

    private void store(String messageId, String body, String failure, int attempts, QuarantineReason reason,
            String sender) {
        database.run("quarantine message " + messageId, session -> {
            session.quarantine().store(messageId, body, failure, attempts, reason, sender);
            return null;
        });
    }
}
