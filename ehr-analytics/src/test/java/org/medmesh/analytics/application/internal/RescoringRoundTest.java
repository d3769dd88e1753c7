package org.medmesh.analytics.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.analytics.domain.model.ModelVersion;
import org.medmesh.analytics.domain.model.PseudonymKey;

class RescoringRoundTest {

    private static final PseudonymKey KEY = PseudonymKey.of("k".repeat(32).getBytes(StandardCharsets.UTF_8));
    private static final ModelVersion MODEL = new ModelVersion("heart-lr-b5b22e2e7810ab17");

    @Test
    void shouldGiveAPatientsReScoringWithAModelOneIdUnlinkableWithoutTheKey() {
        UUID patient = UUID.randomUUID();
        PseudonymKey other = PseudonymKey.of("o".repeat(32).getBytes(StandardCharsets.UTF_8));

        UUID id = RescoringRound.id(KEY, MODEL, patient);

        assertThat(RescoringRound.id(KEY, MODEL, patient)).isEqualTo(id);
        assertThat(RescoringRound.id(KEY, new ModelVersion("heart-lr-0000000000000000"), patient)).isNotEqualTo(id);
        assertThat(RescoringRound.id(KEY, MODEL, UUID.randomUUID())).isNotEqualTo(id);
        assertThat(RescoringRound.id(other, MODEL, patient)).isNotEqualTo(id);
        assertThat(id).isNotEqualTo(patient);
    }

    @Test
    void shouldBeDoneWhenTheStepReachedTheFeedsPosition() {
        assertThat(new RescoringRound.Step(40, 40, 0).done()).isTrue();
        assertThat(new RescoringRound.Step(39, 40, 3).done()).isFalse();
    }
}
