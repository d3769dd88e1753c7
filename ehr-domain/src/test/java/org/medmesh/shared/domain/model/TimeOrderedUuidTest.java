package org.medmesh.shared.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedUuidTest {

    @Test
    void shouldBeVersion7WithTheIetfVariant() {
        UUID uuid = TimeOrderedUuid.next();
        assertThat(uuid.version()).isEqualTo(7);
        assertThat(uuid.variant()).isEqualTo(2);
    }

    @Test
    void shouldEncodeTheClockMilliseconds() {
        Instant at = Instant.parse("2026-11-23T10:15:30.123Z");
        UUID uuid = TimeOrderedUuid.next(Clock.fixed(at, ZoneOffset.UTC));
        assertThat(TimeOrderedUuid.timestampOf(uuid)).isEqualTo(at.toEpochMilli());
    }

    @Test
    void shouldSortByCreationMillisecond() {
        UUID earlier = TimeOrderedUuid.next(Clock.fixed(Instant.ofEpochMilli(1_000), ZoneOffset.UTC));
        UUID later = TimeOrderedUuid.next(Clock.fixed(Instant.ofEpochMilli(1_001), ZoneOffset.UTC));
        assertThat(earlier.toString()).isLessThan(later.toString());
    }

    @Test
    void shouldNotRepeatWithinOneMillisecond() {
        Clock frozen = Clock.fixed(Instant.ofEpochMilli(42), ZoneOffset.UTC);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(TimeOrderedUuid.next(frozen))).isTrue();
        }
    }

    @Test
    void shouldRefuseToReadTheTimeOfOtherVersions() {
        assertThatThrownBy(() -> TimeOrderedUuid.timestampOf(UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
