package org.medmesh.shared.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.medmesh.shared.domain.model.VersionVector.Order;

class VersionVectorTest {

    private static final HospitalId A = new HospitalId("hospA");
    private static final HospitalId B = new HospitalId("hospB");

    @Test
    void shouldTellDescendantsFromConcurrentEdits() {
        VersionVector created = VersionVector.empty().with(new Hlc(1, 0, A));
        VersionVector editedAtA = created.with(new Hlc(2, 0, A));
        VersionVector editedAtB = created.with(new Hlc(2, 0, B));
        assertThat(created.compare(editedAtA)).isEqualTo(Order.BEFORE);
        assertThat(editedAtA.compare(created)).isEqualTo(Order.AFTER);
        assertThat(editedAtA.compare(editedAtB)).isEqualTo(Order.CONCURRENT);
        VersionVector merged = editedAtA.merge(editedAtB);
        assertThat(merged.compare(editedAtA)).isEqualTo(Order.AFTER);
        assertThat(merged.compare(editedAtB)).isEqualTo(Order.AFTER);
        assertThat(merged.compare(editedAtB.merge(editedAtA))).isEqualTo(Order.EQUAL);
    }

    @Test
    void shouldRoundTripAsText() {
        VersionVector vector = VersionVector.empty().with(new Hlc(3, 1, B)).with(new Hlc(2, 0, A));
        assertThat(vector.toString()).startsWith("hospA=").contains(";hospB=");
        assertThat(VersionVector.parse(vector.toString())).isEqualTo(vector);
        assertThat(VersionVector.parse("")).isEqualTo(VersionVector.empty());
        assertThat(vector.includes(new Hlc(2, 0, A))).isTrue();
        assertThat(vector.includes(new Hlc(4, 0, A))).isFalse();
    }
}
