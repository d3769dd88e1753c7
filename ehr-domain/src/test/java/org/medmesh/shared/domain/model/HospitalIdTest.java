package org.medmesh.shared.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HospitalIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"hospA", "st-anna", "H1"})
    void shouldAcceptShortLetterLedIds(String id) {
        assertThat(new HospitalId(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1hosp", "hosp A", "hosp=A", "a-very-long-hospital-identifier-over-32"})
    void shouldRejectMalformedIds(String id) {
        assertThatThrownBy(() -> new HospitalId(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hospital id");
    }
}
