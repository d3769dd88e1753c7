package org.medmesh.patient.domain.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Patients' consents and break-the-glass grants known at this hospital (recorded here or replicated). */
public interface ConsentRecords {

    Optional<PatientConsent> consentOf(PatientId patient);

    /** Of the given patients, those who do not share their record with the other hospitals. */
    Set<PatientId> notSharing(Collection<PatientId> patients);

    /** Of the given patients, those who opted out of analytics. */
    Set<PatientId> optedOutOfAnalytics(Collection<PatientId> patients);

    List<BreakGlassGrant> grantsOf(PatientId patient);

    /** Stores a new consent; its version moves past the defaults' (0), so a change based on them is stale. */
    void storeNew(PatientConsent consent);

    void store(BreakGlassGrant grant);

    /** Writes pending changes now, so versions reported to clients are current. */
    void flush();
}
