package org.medmesh.patient.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.shared.domain.model.ChangeType;
import org.medmesh.events.application.RecordEvents;
import org.medmesh.identity.application.Caller;
import org.medmesh.notification.application.AdministratorAlerts;
import org.medmesh.patient.application.BreakGlassInUse;
import org.medmesh.patient.application.BreakGlassService;
import org.medmesh.patient.application.BreakGlassView;
import org.medmesh.patient.application.PatientAccess;
import org.medmesh.patient.domain.model.AccessDecision;
import org.medmesh.patient.domain.model.AccessPolicy;
import org.medmesh.patient.domain.model.BreakGlassActive;
import org.medmesh.patient.domain.model.BreakGlassGrant;
import org.medmesh.patient.domain.model.BreakGlassReason;
import org.medmesh.patient.domain.model.ConsentRecords;
import org.medmesh.patient.domain.model.Patient;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.patient.domain.model.PatientRepository;
import org.medmesh.platform.config.HospitalProperty;
import org.medmesh.shared.domain.model.ClinicalRuleViolation;
import org.medmesh.shared.domain.model.RecordNotFound;
import org.medmesh.shared.domain.model.Stamp;

@Stateless
public class DefaultBreakGlassService implements BreakGlassService {

    @Inject
    PatientRepository patients;

    @Inject
    ConsentRecords consents;

    @Inject
    PatientAccess access;

    @Inject
    AdministratorAlerts alerts;

    @Inject
    RecordEvents events;

    @Inject
    Caller caller;

    @Inject
    BreakGlassInUse breakGlass;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.BREAK_GLASS_MINUTES, defaultValue = "60")
    int minutes;

    @Override
    public BreakGlassView breakGlass(PatientId id, BreakGlassReason reason) {
        Patient patient = patients.find(id).orElseThrow(() -> new RecordNotFound("patient", id.value()));
        if (access.decide(patient) == AccessDecision.ALLOWED) {
            throw new ClinicalRuleViolation("break-glass-not-needed",
                    "You can already see this patient's records here; break-the-glass is not needed.");
        }
        if (minutes < 1) {
            throw new IllegalStateException("hospital.break-glass.minutes must be at least 1");
        }
        Stamp stamp = caller.stamp();
        Optional<BreakGlassGrant> running = AccessPolicy.runningGrant(consents.grantsOf(id), stamp.by(),
                stamp.hospital(), stamp.at());
        if (running.isPresent()) {
            breakGlass.mark();
            throw new BreakGlassActive(running.get().expiresAt());
        }
        BreakGlassGrant grant = new BreakGlassGrant(id, reason, Duration.ofMinutes(minutes), stamp);
        events.stamp(grant);
        consents.store(grant);
        consents.flush();
        BreakGlassView view = BreakGlassView.of(grant);
        events.recorded(ChangeType.BREAK_GLASS_GRANTED, grant, id.value(), stamp);
        alerts.breakGlass(grant.id(), id.value(), grant.reason(), stamp);
        breakGlass.mark();
        return view;
    }
}
