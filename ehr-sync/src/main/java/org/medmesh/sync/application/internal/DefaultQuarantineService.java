package org.medmesh.sync.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

import org.medmesh.sync.infrastructure.persistence.SyncDatabase;
import org.medmesh.sync.infrastructure.persistence.QuarantineRecords;
import org.medmesh.shared.domain.model.IllegalTransition;
import org.medmesh.shared.domain.model.RecordNotFound;
import org.medmesh.sync.application.QuarantineService;
import org.medmesh.sync.application.QuarantinedMessage;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.infrastructure.broker.ChangeMessage;
import org.medmesh.sync.infrastructure.persistence.ChangeDocument;

@Stateless
public class DefaultQuarantineService implements QuarantineService {

    @Inject
    SyncDatabase database;

    @Inject
    InboxApplier applier;

    @Override
    public List<QuarantinedMessage> list(boolean waitingOnly, int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1-500");
        }
        return database.run("list the quarantine", session -> session.quarantine().list(waitingOnly, limit));
    }

    @Override
    public QuarantinedMessage retry(String id) {
        QuarantineRecords.Stored stored = find(id).orElseThrow(() -> new RecordNotFound("quarantined message", id));
        if (stored.view().resolvedAt() != null) {
            throw new IllegalTransition("quarantine-resolved", "This message was applied by an earlier retry, at "
                    + stored.view().resolvedAt() + ".");
        }
        boolean repairedState = id.startsWith(InboxApplier.REPAIRED_STATE);
        Change change;
        try {
            change = repairedState ? ChangeDocument.read(stored.body()) : ChangeMessage.read(stored.body()).toChange();
        } catch (RuntimeException notAChange) {
            throw new IllegalTransition("quarantine-not-a-change", "This message is not a single change (a malformed "
                    + "message or an anti-entropy batch): it cannot be applied; ask the peer for a repair instead.");
        }
        Optional<String> refusal = applier.retry(id, change, repairedState);
        if (refusal.isPresent()) {
            throw new IllegalTransition("quarantine-still-refused", "The change is still refused: " + refusal.get()
                    + ". Fix the cause (e.g. add the origin's rotated key to the network keys file) and retry.");
        }
        return find(id).orElseThrow().view();
    }

    private Optional<QuarantineRecords.Stored> find(String id) {
        return database.run("read the quarantine", session -> session.quarantine().find(id));
    }
}
