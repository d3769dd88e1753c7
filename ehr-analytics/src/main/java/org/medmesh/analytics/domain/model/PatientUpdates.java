package org.medmesh.analytics.domain.model;

import java.util.List;
import java.util.UUID;

/** Where the feed sends what the risk bean must do (the {@code patient_updates} topic), in order. */
public interface PatientUpdates {

    /** One thing for the risk bean: score an update, or erase a patient's assessments. */
    sealed interface Outgoing permits Score, Erase {
    }

    record Score(PatientUpdate update) implements Outgoing {
    }

    /** {@code id} makes a repeated erasure recognisable as the same one. */
    record Erase(UUID id, Pseudonym pseudonym) implements Outgoing {
    }

    /** Sends them all, in order, in one broker transaction: when it returns, the broker has them. */
    void publish(List<Outgoing> messages);
}
