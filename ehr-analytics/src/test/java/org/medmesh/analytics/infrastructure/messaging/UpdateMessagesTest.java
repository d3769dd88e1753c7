package org.medmesh.analytics.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.FeatureVector;
import org.medmesh.analytics.domain.model.PatientUpdate;
import org.medmesh.analytics.domain.model.PatientUpdates.Erase;
import org.medmesh.analytics.domain.model.PatientUpdates.Score;
import org.medmesh.analytics.domain.model.Pseudonym;

class UpdateMessagesTest {

    private static final Pseudonym WHO = new Pseudonym("ab".repeat(32));

    @Test
    void shouldCarryOnlyTheIdCausePseudonymTimeAndInputsPresentOrMissing() {
        FeatureVector inputs = FeatureVector.empty().with(Feature.AGE, 64).with(Feature.CHOLESTEROL, 305);
        UUID cause = UUID.randomUUID();
        Score score = new Score(new PatientUpdate(UUID.randomUUID(), cause, WHO,
                Instant.parse("2026-12-02T10:00:00Z"), inputs));
        String json = UpdateMessages.toJson(score);
        assertThat(json).contains("\"kind\":\"score\"", "\"pseudonym\":\"" + WHO.value() + "\"", "\"chol\":305",
                "\"missing\":[", "\"thal\"", "\"causedBy\":\"" + cause + "\"");
        assertThat(UpdateMessages.fromJson(json)).isEqualTo(score);
        assertThat(((Score) UpdateMessages.fromJson(json)).update().rescoring()).isTrue();
    }

    @Test
    void shouldReadAnUpdateSentBeforeReScoringExistedAsCausedByItsOwnId() {
        UUID id = UUID.randomUUID();
        String json = "{\"kind\":\"score\",\"updateId\":\"" + id + "\",\"pseudonym\":\"" + WHO.value()
                + "\",\"asOf\":\"2026-12-02T10:00:00Z\",\"inputs\":{\"age\":64},\"missing\":[]}";

        PatientUpdate update = ((Score) UpdateMessages.fromJson(json)).update();

        assertThat(update.causedBy()).isEqualTo(id);
        assertThat(update.rescoring()).isFalse();
        assertThat(update.inputs().present()).containsOnlyKeys(Feature.AGE);
    }

    @Test
    void shouldReadAnErasureBack() {
        Erase erase = new Erase(UUID.randomUUID(), WHO);
        assertThat(UpdateMessages.fromJson(UpdateMessages.toJson(erase))).isEqualTo(erase);
    }

    @Test
    void shouldRefuseWhatIsNotAPatientUpdate() {
        assertThatThrownBy(() -> UpdateMessages.fromJson("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UpdateMessages.fromJson("{\"kind\":\"score\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
