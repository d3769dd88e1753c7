package org.medmesh.analytics.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;

import org.medmesh.analytics.application.AnalyticsOptedOut;
import org.medmesh.analytics.application.RiskAssessmentNotFound;
import org.medmesh.analytics.application.RiskScoringUnavailable;
import org.medmesh.analytics.application.RiskService;
import org.medmesh.analytics.application.RiskView;
import org.medmesh.analytics.domain.model.FeatureContribution;
import org.medmesh.analytics.domain.model.ImputedInput;
import org.medmesh.analytics.domain.model.PseudonymKey;
import org.medmesh.analytics.domain.model.RiskAssessment;
import org.medmesh.analytics.domain.model.RiskAssessments;
import org.medmesh.analytics.domain.model.StoredAssessment;
import org.medmesh.patient.application.AnalyticsConsent;
import org.medmesh.patient.application.PatientAccess;
import org.medmesh.patient.domain.model.PatientId;

@Stateless
public class DefaultRiskService implements RiskService {

    static final String MODEL_CARD = "docs/model-card.md";

    @Inject
    PatientAccess access;

    @Inject
    AnalyticsConsent consent;

    @Inject
    PseudonymKeys keys;

    @Inject
    RiskAssessments assessments;

    @Override
    public RiskView latest(PatientId patient) {
        access.requireClinicalAccess(patient);
        if (!consent.allowsAnalytics(patient)) {
            throw new AnalyticsOptedOut();
        }
        PseudonymKey key = keys.key().orElseThrow(() -> new RiskScoringUnavailable(
                "Risk scoring is not configured on this node; ask its operator."));
        return assessments.latest(key.pseudonymOf(patient.value())).map(DefaultRiskService::view)
                .orElseThrow(RiskAssessmentNotFound::new);
    }

    static RiskView view(StoredAssessment stored) {
        RiskAssessment a = stored.assessment();
        List<RiskView.Input> inputs = a.inputsUsed().entrySet().stream().map(e -> {
            String rule = a.imputed().stream().filter(i -> i.feature() == e.getKey()).map(ImputedInput::rule)
                    .findFirst().orElse(null);
            return new RiskView.Input(e.getKey().uciName(), e.getValue(), rule != null, rule);
        }).toList();
        List<RiskView.Contribution> contributions = a.contributions().stream()
                .sorted(Comparator.comparingDouble((FeatureContribution c) -> -Math.abs(c.logOdds())))
                .map(c -> new RiskView.Contribution(c.feature().uciName(), c.logOdds())).toList();
        return new RiskView(a.modelVersion().value(), a.scoredBy(), a.probability(), a.band().name(), a.logOdds(),
                a.referenceLogOdds(), stored.assessedAt(), stored.asOf(), inputs,
                a.missing().stream().map(f -> f.uciName()).toList(), contributions, MODEL_CARD);
    }
}
