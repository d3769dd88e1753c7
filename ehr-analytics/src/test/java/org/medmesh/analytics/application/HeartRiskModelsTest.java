package org.medmesh.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.RiskModel;

class HeartRiskModelsTest {

    @Test
    void shouldTrainTheProductionModelOnAllThirteenInputsWithAStableVersion() {
        RiskModel production = HeartRiskModels.production();

        assertThat(production.features()).containsExactly(Feature.values());
        assertThat(HeartRiskModels.production().version()).isEqualTo(production.version());
        assertThat(HeartRiskModels.baseline().version()).isNotEqualTo(production.version());
    }
}
