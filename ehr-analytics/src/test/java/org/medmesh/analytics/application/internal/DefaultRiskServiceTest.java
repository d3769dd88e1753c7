package org.medmesh.analytics.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.analytics.application.HeartRiskModels;
import org.medmesh.analytics.application.RiskView;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.FeatureVector;
import org.medmesh.analytics.domain.model.Pseudonym;
import org.medmesh.analytics.domain.model.StoredAssessment;

class DefaultRiskServiceTest {

    @Test
    void shouldExplainEveryInputWithTheRuleOfEachImputedOneAndContributionsThatAddUp() {
        FeatureVector inputs = FeatureVector.empty().with(Feature.AGE, 64).with(Feature.SEX, 1)
                .with(Feature.CHOLESTEROL, 305).with(Feature.CHEST_PAIN_TYPE, 4);
        Instant at = Instant.parse("2026-12-02T10:00:00Z");
        RiskView view = DefaultRiskService.view(new StoredAssessment(UUID.randomUUID(), new Pseudonym("0".repeat(64)),
                at, at.plusMillis(5), HeartRiskModels.production().score(inputs)));

        assertThat(view.inputs()).hasSize(13);
        assertThat(view.missing()).hasSize(9).doesNotContain("age", "sex", "chol", "cp");
        assertThat(view.inputs()).filteredOn(RiskView.Input::imputed).hasSize(9)
                .allSatisfy(input -> assertThat(input.rule()).isNotBlank());
        assertThat(view.inputs()).filteredOn(input -> !input.imputed()).allSatisfy(i -> assertThat(i.rule()).isNull());
        double sum = view.referenceLogOdds() + view.contributions().stream()
                .mapToDouble(RiskView.Contribution::logOdds).sum();
        assertThat(sum).isCloseTo(view.logOdds(), within(1e-9));
        assertThat(view.contributions()).extracting(c -> Math.abs(c.logOdds()))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(view.asOf()).isEqualTo(at);
    }
}
