package org.medmesh.sync.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.Hlc;

class ChangeHorizonTest {

    private static final HospitalId HOSP_A = new HospitalId("hospA");
    private static final long NOW = 1_796_221_414_334L;

    @Test
    void shouldCoverOnlyStampsOlderThanItself() {
        ChangeHorizon horizon = ChangeHorizon.at(NOW);

        assertThat(horizon.covers(new Hlc(NOW - 1, 99, HOSP_A))).isTrue();
        assertThat(horizon.covers(new Hlc(NOW, 0, HOSP_A))).isFalse();
        assertThat(horizon.covers(new Hlc(NOW + 1, 0, HOSP_A))).isFalse();
    }

    @Test
    void shouldSortAsTextExactlyWhereItCovers() {
        ChangeHorizon horizon = ChangeHorizon.at(NOW);
        for (Hlc stamp : new Hlc[]{new Hlc(NOW - 1, 99_999, HOSP_A), new Hlc(NOW, 0, HOSP_A), new Hlc(NOW + 1, 0,
                HOSP_A), new Hlc(7, 0, HOSP_A)}) {
            assertThat(stamp.toString().compareTo(horizon.stampBound()) < 0).as(stamp.toString())
                    .isEqualTo(horizon.covers(stamp));
        }
    }

    @Test
    void shouldSettleForTheGivenTimeAndCoverEverythingWhenAskedTo() {
        Instant now = Instant.ofEpochMilli(NOW);

        assertThat(ChangeHorizon.settled(now, Duration.ofSeconds(60))).isEqualTo(ChangeHorizon.at(NOW - 60_000));
        assertThat(ChangeHorizon.EVERYTHING.covers(new Hlc(NOW * 1000, 0, HOSP_A))).isTrue();
        assertThatThrownBy(() -> ChangeHorizon.at(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
