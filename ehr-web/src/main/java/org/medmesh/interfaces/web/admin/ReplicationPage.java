package org.medmesh.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

import org.medmesh.interfaces.web.audit.PageMessages;
import org.medmesh.sync.application.QuarantineService;
import org.medmesh.sync.application.QuarantinedMessage;
import org.medmesh.sync.application.ReplicationOperations;
import org.medmesh.sync.application.SyncStatus;
import org.medmesh.sync.application.SyncStatus.PeerStatus;

/**
 * The administrators' replication page: where this hospital's sync stands (what waits to leave, what waits for its
 * patient, conflicts parked, messages quarantined), each peer (bridge, backlog, lag) with pause, resume and repair, and
 * the quarantine with its retry. The replication services' own operations and role checks, as over the API; no patient
 * data is shown (a quarantined message is listed by why it was refused, never by its content).
 */
@Named
@ViewScoped
public class ReplicationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int QUARANTINE_SHOWN = 100;

    @Inject
    ReplicationOperations operations;

    @Inject
    QuarantineService quarantine;

    private SyncStatus status;
    private List<QuarantinedMessage> quarantined = List.of();
    private boolean allQuarantined;

    /** Reads the status and the quarantine (the view action, the refresh button, and after each operation). */
    public void load() {
        try {
            status = operations.status();
            quarantined = quarantine.list(!allQuarantined, QUARANTINE_SHOWN);
        } catch (RuntimeException e) {
            PageMessages.failed(e);
        }
    }

    public void pause(PeerStatus peer) {
        operate(() -> operations.pause(peer.peer()), "Paused sending to " + peer.peer()
                + ": changes wait in the outbox until you resume.");
    }

    public void resume(PeerStatus peer) {
        operate(() -> operations.resume(peer.peer()), "Resumed sending to " + peer.peer() + ".");
    }

    /** Asks the peer for what this hospital lacks or holds differently (anti-entropy). */
    public void repair(PeerStatus peer) {
        operate(() -> operations.requestRepair(peer.peer()), "Asked " + peer.peer()
                + " to send what differs; it arrives shortly.");
    }

    /** Verifies the message again and applies it when it now holds. */
    public void retry(QuarantinedMessage message) {
        operate(() -> quarantine.retry(message.id()), "Applied " + message.id() + ".");
    }

    private void operate(Supplier<?> operation, String done) {
        try {
            operation.get();
            PageMessages.done(done);
        } catch (RuntimeException e) {
            PageMessages.failed(e);
        }
        load();
    }

    public SyncStatus getStatus() {
        return status;
    }

    public List<QuarantinedMessage> getQuarantined() {
        return quarantined;
    }

    public boolean isAllQuarantined() {
        return allQuarantined;
    }

    public void setAllQuarantined(boolean allQuarantined) {
        this.allQuarantined = allQuarantined;
    }
}
