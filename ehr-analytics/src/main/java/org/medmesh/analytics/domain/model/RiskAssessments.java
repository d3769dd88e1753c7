package org.medmesh.analytics.domain.model;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** The stored assessments, by pseudonym only; nothing here points into the clinical records. */
public interface RiskAssessments {

    /** Stores the assessment unless one with its id exists; returns whether it was new. */
    boolean store(StoredAssessment assessment);

    /** The most recently scored assessment of the patient. */
    Optional<StoredAssessment> latest(Pseudonym pseudonym);

    /** Deletes every assessment of the patient; returns how many. */
    int erase(Pseudonym pseudonym);

    /** Of these pseudonyms, those that have assessments stored. */
    Set<Pseudonym> withAssessments(Collection<Pseudonym> pseudonyms);

    /** Of these pseudonyms, those whose latest assessment was made by a model other than {@code current}. */
    Set<Pseudonym> outdated(Collection<Pseudonym> pseudonyms, ModelVersion current);

    /** How many patients' latest assessment was made by a model other than {@code current}. */
    int countOutdated(ModelVersion current);
}
