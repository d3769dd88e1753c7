package org.medmesh.analytics.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.events.domain.model.SequencedEvent;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.VersionVector;

class FeedWindowTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Duration GRACE = Duration.ofSeconds(10);

    @Test
    void shouldTakeEveryEventWithoutGapsAndMoveTheCursorPastThem() {
        FeedWindow.Settled settled = FeedWindow.after(4, List.of(event(5, 1), event(6, 1)), NOW, GRACE);
        assertThat(settled.events()).extracting(SequencedEvent::seq).containsExactly(5L, 6L);
        assertThat(settled.cursor()).isEqualTo(6);
    }

    @Test
    void shouldStopBeforeAYoungGapThatAnOpenTransactionMayStillFill() {
        FeedWindow.Settled settled = FeedWindow.after(4, List.of(event(5, 1), event(7, 1)), NOW, GRACE);
        assertThat(settled.events()).extracting(SequencedEvent::seq).containsExactly(5L);
        assertThat(settled.cursor()).isEqualTo(5);
    }

    @Test
    void shouldPassAGapOnceTheEventAfterItIsOlderThanTheGrace() {
        FeedWindow.Settled settled = FeedWindow.after(4, List.of(event(7, 11), event(8, 1)), NOW, GRACE);
        assertThat(settled.events()).extracting(SequencedEvent::seq).containsExactly(7L, 8L);
        assertThat(settled.cursor()).isEqualTo(8);
    }

    @Test
    void shouldKeepTheCursorWhenNothingIsSettled() {
        assertThat(FeedWindow.after(4, List.of(event(6, 2)), NOW, GRACE).cursor()).isEqualTo(4);
        assertThat(FeedWindow.after(4, List.of(), NOW, GRACE).events()).isEmpty();
    }

    static SequencedEvent event(long seq, long secondsAgo) {
        return new SequencedEvent(seq, event("observation.recorded", UUID.randomUUID(), "{}", secondsAgo));
    }

    static DomainEvent event(String type, UUID patient, String payload, long secondsAgo) {
        return DomainEvent.of(type, type.substring(0, type.indexOf('.')), UUID.randomUUID(), patient, "hospA",
                "nurse", NOW.minusSeconds(secondsAgo), Hlc.parse("000000000000000001-00000-hospA"),
                VersionVector.empty(), payload);
    }
}
