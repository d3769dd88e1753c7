package org.medmesh.patient.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.identity.application.Caller;
import org.medmesh.patient.domain.model.AccessDecision;
import org.medmesh.patient.domain.model.AccessPolicy;
import org.medmesh.patient.domain.model.BreakGlassGrant;
import org.medmesh.patient.domain.model.ConsentRecords;
import org.medmesh.patient.domain.model.ConsentRequired;
import org.medmesh.patient.domain.model.Patient;
import org.medmesh.patient.domain.model.PatientConsent;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.patient.domain.model.PatientRepository;
import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.RecordNotFound;

/**
 * The one place where a patient's consent is enforced: every application service that reads or changes a patient's
 * clinical data asks here first (inside its own transaction and role check), so REST, the ward UI and any later caller
 * get the same answer. Refuses with {@link ConsentRequired}; notes a use of break-the-glass for the audit trail.
 */
@ApplicationScoped
public class PatientAccess {

    @Inject
    PatientRepository patients;

    @Inject
    ConsentRecords consents;

    @Inject
    ThisHospital hospital;

    @Inject
    Caller caller;

    @Inject
    BreakGlassInUse breakGlass;

    /** The patient, if the caller may see the patient's clinical data here; RecordNotFound if unknown. */
    public Patient requireClinicalAccess(PatientId id) {
        Patient patient = patients.find(id).orElseThrow(() -> new RecordNotFound("patient", id.value()));
        requireClinicalAccess(patient);
        return patient;
    }

    public void requireClinicalAccess(Patient patient) {
        AccessDecision decision = decide(patient);
        if (!decision.allowed()) {
            throw new ConsentRequired(patient.patientId());
        }
        if (decision == AccessDecision.ALLOWED_BY_BREAK_GLASS) {
            breakGlass.mark();
        }
    }

    /**
     * Whether the caller may see this patient's clinical data here, for records about the patient held outside the
     * clinical services (the sync conflict queue); notes a use of break-the-glass like {@link #requireClinicalAccess}.
     * A patient not (yet) received here is judged by the consent alone: one that stops sharing keeps the data closed.
     */
    public boolean mayRead(PatientId id) {
        Patient patient = patients.find(id).orElse(null);
        if (patient == null) {
            return consents.consentOf(id).map(PatientConsent::sharingWithHospitals).orElse(true);
        }
        AccessDecision decision = decide(patient);
        if (decision == AccessDecision.ALLOWED_BY_BREAK_GLASS) {
            breakGlass.mark();
        }
        return decision.allowed();
    }

    /**
     * Whether the staff member {@code username} (not necessarily the caller) may see this patient's clinical data here,
     * judged as {@link #mayRead} judges the caller; notes no use of break-the-glass.
     */
    public boolean mayRead(PatientId id, String username) {
        Patient patient = patients.find(id).orElse(null);
        if (patient == null) {
            return consents.consentOf(id).map(PatientConsent::sharingWithHospitals).orElse(true);
        }
        return decide(patient, username).allowed();
    }

    /** What the policy says for the caller and this patient now; reads the grants only when they matter. */
    public AccessDecision decide(Patient patient) {
        return decide(patient, caller.username());
    }

    private AccessDecision decide(Patient patient, String username) {
        HospitalId here = hospital.profile().id();
        if (patient.homeHospital().equals(here)) {
            return AccessDecision.ALLOWED;
        }
        PatientConsent consent = consents.consentOf(patient.patientId()).orElse(null);
        List<BreakGlassGrant> grants = consent == null || consent.sharingWithHospitals()
                ? List.of()
                : consents.grantsOf(patient.patientId());
        return AccessPolicy.decide(patient.homeHospital(), here, consent, grants, username, Instant.now());
    }

    /** Of these patients (a search result), the ones whose clinical data the caller may not see here. */
    public Set<PatientId> restricted(List<Patient> found) {
        HospitalId here = hospital.profile().id();
        List<PatientId> elsewhere = found.stream().filter(p -> !p.homeHospital().equals(here))
                .map(Patient::patientId).toList();
        Set<PatientId> notSharing = consents.notSharing(elsewhere);
        return found.stream().filter(p -> notSharing.contains(p.patientId()))
                .filter(p -> !decide(p).allowed()).map(Patient::patientId).collect(Collectors.toUnmodifiableSet());
    }
}
