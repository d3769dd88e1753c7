package org.medmesh.sync.infrastructure.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.medmesh.sync.domain.model.ChangeHorizon;

class RepairMessagesTest {

    @Test
    void shouldCarryTheDigestsHorizonToThePeer() {
        String body = RepairMessages.digest("hospA", ChangeHorizon.at(1_796_221_414_334L), Map.of("patient/7", "ab12"));

        RepairMessages.Digest digest = RepairMessages.readDigest(body);

        assertThat(digest.from()).isEqualTo("hospA");
        assertThat(digest.horizon()).isEqualTo(ChangeHorizon.at(1_796_221_414_334L));
        assertThat(digest.buckets()).containsExactly(Map.entry("patient/7", "ab12"));
    }

    @Test
    void shouldReadADigestWithoutAHorizonAsCoveringEverything() {
        RepairMessages.Digest digest = RepairMessages.readDigest("{\"from\":\"hospB\",\"buckets\":{\"observation/3\":"
                + "\"cd34\"}}");

        assertThat(digest.horizon()).isEqualTo(ChangeHorizon.EVERYTHING);
        assertThat(digest.buckets()).containsOnlyKeys("observation/3");
    }
}
