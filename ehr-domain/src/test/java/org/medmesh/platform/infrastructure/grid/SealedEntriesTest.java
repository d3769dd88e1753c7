package org.medmesh.platform.infrastructure.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SealedEntriesTest {

    private static final UUID PATIENT = UUID.fromString("0190c2d6-7c1e-7000-8000-00000000abcd");
    private static final String CHART = "{\"allergies\":[{\"substance\":\"penicillin\"}]}";
    private final SealedEntries entries = new SealedEntries(key("the hospital's cache key, 32 bytes+"));

    @Test
    void shouldOpenAnEntryAtTheGenerationItWasSealedAtAndNoOther() {
        byte[] sealed = entries.seal("chart", PATIENT, "g1", CHART);

        assertThat(entries.open("chart", PATIENT, "g1", sealed)).isEqualTo(new SealedEntries.Value(CHART));
        assertThat(entries.open("chart", PATIENT, "g2", sealed)).isInstanceOf(SealedEntries.Stale.class);
    }

    @Test
    void shouldNotShowWhatItHoldsNorWhoseItIs() {
        byte[] sealed = entries.seal("chart", PATIENT, "g1", CHART);
        String name = entries.name("chart", PATIENT);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("penicillin", "allergies");
        assertThat(name).doesNotContain(PATIENT.toString()).doesNotContain(PATIENT.toString().replace("-", ""))
                .hasSize(64).isNotEqualTo(entries.name("patient", PATIENT));
    }

    @Test
    void shouldRefuseAFlippedByteAnEntryMovedToAnotherPatientAndOneSealedWithAnotherKey() {
        byte[] sealed = entries.seal("chart", PATIENT, "g1", CHART);
        byte[] flipped = Arrays.copyOf(sealed, sealed.length);
        flipped[flipped.length - 20] ^= 1;
        SealedEntries otherKey = new SealedEntries(key("another hospital's key, also 32 bytes"));

        assertThat(entries.open("chart", PATIENT, "g1", flipped)).isInstanceOf(SealedEntries.Refused.class);
        assertThat(entries.open("chart", UUID.randomUUID(), "g1", sealed))
                .isInstanceOf(SealedEntries.Refused.class);
        assertThat(entries.open("chart", PATIENT, "g1", otherKey.seal("chart", PATIENT, "g1", "{}")))
                .isInstanceOf(SealedEntries.Refused.class);
        assertThat(entries.open("chart", PATIENT, "g1", new byte[]{1, 2, 3}))
                .isInstanceOf(SealedEntries.Refused.class);
    }

    @Test
    void shouldRefuseAShortKey() {
        assertThatThrownBy(() -> new SealedEntries(key("too short"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32 bytes");
    }

    private static byte[] key(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
