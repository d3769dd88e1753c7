package org.medmesh.analytics.domain.model;

/** What the risk bean does with a message of the {@code patient_updates} topic, each in its own transaction. */
public interface PatientUpdateHandler {

    /** Whether scoring can run on this node (a pseudonym key is configured). */
    boolean ready();

    /** Scores the update and stores the assessment, once per update however often it arrives. */
    void score(PatientUpdate update);

    /** Deletes every stored assessment of the patient. */
    void erase(Pseudonym pseudonym);
}
