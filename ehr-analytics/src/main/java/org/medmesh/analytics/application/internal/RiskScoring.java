package org.medmesh.analytics.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.medmesh.analytics.application.HighRiskAssessed;
import org.medmesh.analytics.domain.model.PatientUpdate;
import org.medmesh.analytics.domain.model.PatientUpdateHandler;
import org.medmesh.analytics.domain.model.Pseudonym;
import org.medmesh.analytics.domain.model.RiskAssessment;
import org.medmesh.analytics.domain.model.RiskAssessments;
import org.medmesh.analytics.domain.model.RiskBand;
import org.medmesh.analytics.domain.model.StoredAssessment;
import org.medmesh.notification.application.CareTeamAlerts;

/**
 * The risk bean's work for one message, in one database transaction: scores an update with the production model and
 * stores it (once per update, however often it arrives); a new assessment in the high band notifies the care team and
 * fires {@link HighRiskAssessed} — for a re-scoring with a new model, only when the patient's previous assessment was
 * not high already. Or erases a patient's assessments.
 */
@Stateless
@PermitAll
public class RiskScoring implements PatientUpdateHandler {

    @Inject
    ProductionModel model;

    @Inject
    PseudonymKeys keys;

    @Inject
    RiskAssessments assessments;

    @Inject
    RiskMetrics metrics;

    @Inject
    CareTeamAlerts alerts;

    @Inject
    Event<HighRiskAssessed> highRisk;

    @Override
    public boolean ready() {
        return keys.key().isPresent();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void score(PatientUpdate update) {
        boolean wasHigh = update.rescoring() && assessments.latest(update.pseudonym())
                .map(previous -> previous.assessment().band() == RiskBand.HIGH).orElse(false);
        long started = System.nanoTime();
        RiskAssessment assessment = model.model().score(update.inputs());
        metrics.scored(Duration.ofNanos(System.nanoTime() - started));
        Instant now = Instant.now();
        StoredAssessment stored = new StoredAssessment(keys.key().orElseThrow().derivedId(update.updateId()),
                update.pseudonym(), update.asOf(), now, assessment);
        if (!assessments.store(stored)) {
            return;
        }
        metrics.stored();
        if (assessment.band() == RiskBand.HIGH && !wasHigh) {
            alerts.highRisk(stored.id(), update.causedBy(), String.format(Locale.ROOT,
                    "Heart-disease risk %s: %.0f %% (model %s)", assessment.band(), 100 * assessment.probability(),
                    assessment.modelVersion()), now);
            highRisk.fire(new HighRiskAssessed(stored.id(), update.pseudonym(), assessment.probability(),
                    assessment.modelVersion().value(), now));
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void erase(Pseudonym pseudonym) {
        assessments.erase(pseudonym);
    }
}
