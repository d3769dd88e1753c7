package org.medmesh.patient.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.medmesh.shared.domain.model.ChangeType;
import org.medmesh.events.application.RecordEvents;
import org.medmesh.identity.application.Caller;
import org.medmesh.patient.application.ConsentService;
import org.medmesh.patient.application.ConsentView;
import org.medmesh.patient.application.PatientAccess;
import org.medmesh.patient.domain.model.ConsentRecords;
import org.medmesh.patient.domain.model.Patient;
import org.medmesh.patient.domain.model.PatientConsent;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.patient.domain.model.PatientRepository;
import org.medmesh.shared.domain.model.RecordNotFound;
import org.medmesh.shared.domain.model.StaleVersion;
import org.medmesh.shared.domain.model.Stamp;

@Stateless
public class DefaultConsentService implements ConsentService {

    private static final String KIND = "consent";

    @Inject
    PatientRepository patients;

    @Inject
    ConsentRecords consents;

    @Inject
    PatientAccess access;

    @Inject
    RecordEvents events;

    @Inject
    Caller caller;

    @Override
    public ConsentView consent(PatientId id) {
        Patient patient = patients.find(id).orElseThrow(() -> new RecordNotFound("patient", id.value()));
        return consents.consentOf(id).map(ConsentView::of).orElseGet(() -> ConsentView.defaults(patient));
    }

    @Override
    public ConsentView change(PatientId id, long expectedVersion, boolean sharingWithHospitals,
            boolean analyticsUse, String reason) {
        access.requireClinicalAccess(id);
        Stamp stamp = caller.stamp();
        PatientConsent consent = consents.consentOf(id).orElse(null);
        if (consent == null) {
            if (expectedVersion != 0) {
                throw new StaleVersion(KIND, expectedVersion, 0);
            }
            consent = new PatientConsent(id, stamp);
            consents.storeNew(consent);
        } else {
            StaleVersion.check(KIND, expectedVersion, consent);
        }
        consent.choose(sharingWithHospitals, analyticsUse, reason, stamp);
        events.stamp(consent);
        consents.flush();
        ConsentView view = ConsentView.of(consent);
        events.recorded(ChangeType.CONSENT_CHANGED, consent, id.value(), stamp);
        return view;
    }
}
