package org.medmesh.analytics.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.analytics.application.HeartRiskModels;
import org.medmesh.analytics.application.RiskView;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.FeatureContribution;
import org.medmesh.analytics.domain.model.FeatureVector;
import org.medmesh.analytics.domain.model.ImputedInput;
import org.medmesh.analytics.domain.model.ModelVersion;
import org.medmesh.analytics.domain.model.Pseudonym;
import org.medmesh.analytics.domain.model.RiskAssessment;
import org.medmesh.analytics.domain.model.RiskBand;
import org.medmesh.analytics.domain.model.StoredAssessment;

class DefaultRiskServiceTest {

    private static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void shouldExplainTheInputsUsedNameTheMissingOnesAndTheSubmodelWithContributionsThatAddUp() {
        FeatureVector inputs = FeatureVector.empty().with(Feature.AGE, 64).with(Feature.SEX, 1)
                .with(Feature.CHOLESTEROL, 305).with(Feature.CHEST_PAIN_TYPE, 4);

        RiskView view = view(HeartRiskModels.production().score(inputs));

        assertThat(view.scoredBy()).isEqualTo("only age, sex, cp, chol");
        assertThat(view.inputs()).extracting(RiskView.Input::feature).containsExactly("age", "sex", "cp", "chol");
        assertThat(view.inputs()).noneMatch(RiskView.Input::imputed).allSatisfy(i -> assertThat(i.rule()).isNull());
        assertThat(view.missing()).hasSize(9).doesNotContain("age", "sex", "chol", "cp").contains("ca", "thal");
        double sum = view.referenceLogOdds() + view.contributions().stream()
                .mapToDouble(RiskView.Contribution::logOdds).sum();
        assertThat(sum).isCloseTo(view.logOdds(), within(1e-9));
        assertThat(view.contributions()).hasSize(4).extracting(c -> Math.abs(c.logOdds()))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(view.asOf()).isEqualTo(AT);
    }

    @Test
    void shouldShowTheRuleOfEveryInputAnEarlierModelImputed() {
        RiskAssessment earlier = new RiskAssessment(new ModelVersion("heart-lr-f6a221721bf183db"),
                "one model, missing inputs imputed", 0.3, RiskBand.INTERMEDIATE, -0.85, -0.5,
                Map.of(Feature.AGE, 60.0, Feature.MAJOR_VESSELS, 0.0), List.of(Feature.MAJOR_VESSELS),
                List.of(new ImputedInput(Feature.MAJOR_VESSELS, 0, "training mode")),
                List.of(new FeatureContribution(Feature.AGE, 60, false, 0.1),
                        new FeatureContribution(Feature.MAJOR_VESSELS, 0, true, -0.45)));

        RiskView view = view(earlier);

        assertThat(view.modelVersion()).isEqualTo("heart-lr-f6a221721bf183db");
        assertThat(view.missing()).containsExactly("ca");
        assertThat(view.inputs()).filteredOn(RiskView.Input::imputed).singleElement()
                .satisfies(i -> assertThat(i.rule()).isEqualTo("training mode"));
        assertThat(view.contributions()).extracting(RiskView.Contribution::feature).containsExactly("ca", "age");
    }

    private static RiskView view(RiskAssessment assessment) {
        return DefaultRiskService.view(new StoredAssessment(UUID.randomUUID(), new Pseudonym("0".repeat(64)), AT,
                AT.plusMillis(5), assessment));
    }
}
