package org.medmesh.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SyntheticPatientTest {

    @Test
    void shouldGiveTheSamePatientForTheSameNumber() {
        assertThat(SyntheticPatient.of(7, 4242, "hospA")).isEqualTo(SyntheticPatient.of(7, 4242, "hospA"));
        assertThat(SyntheticPatient.of(7, 4242, "hospA")).isNotEqualTo(SyntheticPatient.of(7, 4243, "hospA"));
    }

    @Test
    void shouldGiveUniqueIdsAndMrnsInTheOrderOfTheirNumbers() {
        Set<String> mrns = new HashSet<>();
        UUID previous = null;
        for (int n = 0; n < 5_000; n++) {
            SyntheticPatient patient = SyntheticPatient.of(7, n, "hospA");
            assertThat(mrns.add(patient.mrn())).isTrue();
            if (previous != null) {
                assertThat(java.util.Arrays.compareUnsigned(SyntheticPatient.bytes(previous), patient.idBytes()))
                        .isNegative();
            }
            previous = patient.id();
        }
    }

    @Test
    void shouldIndexNamesAsTheNodeDoes() {
        SyntheticPatient patient = IntStream.range(0, 1_000).mapToObj(n -> SyntheticPatient.of(7, n, "hospA"))
                .filter(p -> p.familyName().contains("-")).findFirst().orElseThrow();
        assertThat(patient.tokens()).hasSize(3);
        assertThat(patient.sortName()).isEqualTo(patient.sortName().toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("-");
    }

    @Test
    void shouldGiveEveryTenthPatientAChart() {
        assertThat(IntStream.range(0, 100).filter(n -> SyntheticPatient.of(7, n, "h").hasChart())).hasSize(10);
    }
}
