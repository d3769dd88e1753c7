package org.medmesh.patient.domain.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.medmesh.shared.domain.model.Repository;

/** Patients' consents and break-the-glass grants known at this hospital (recorded here or replicated). */
@Repository
public interface ConsentRecords {

    Optional<PatientConsent> consentOf(PatientId patient);

    /** Of the given patients, those who do not share their record with the other hospitals. */
    Set<PatientId> notSharing(Collection<PatientId> patients);

    /** Of the given patients, those who opted out of analytics. */
    Set<PatientId> optedOutOfAnalytics(Collection<PatientId> patients);

    /** Every patient known here who opted out of analytics (recorded here or replicated). */
    List<PatientId> optedOutOfAnalytics();

    List<BreakGlassGrant> grantsOf(PatientId patient);

    /**
     * Stores the defaults of a patient's consent now (version 0), so the first choice recorded on them is version 1 and
     * a change based on the defaults is stale afterwards.
     */
    void storeNew(PatientConsent consent);

    void store(BreakGlassGrant grant);

    /** Writes pending changes now, so versions reported to clients are current. */
    void flush();
}
