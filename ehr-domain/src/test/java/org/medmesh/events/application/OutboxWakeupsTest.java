package org.medmesh.events.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class OutboxWakeupsTest {

    private final OutboxWakeups wakeups = new OutboxWakeups();
    private final AtomicInteger relay = new AtomicInteger();
    private final AtomicInteger feed = new AtomicInteger();

    @Test
    void shouldWakeEveryRegisteredReaderOnACommit() {
        wakeups.register(relay::incrementAndGet);
        wakeups.register(feed::incrementAndGet);

        wakeups.committed(new OutboxAppended("Observation"));

        assertThat(relay).hasValue(1);
        assertThat(feed).hasValue(1);
    }

    @Test
    void shouldNotWakeAReaderThatUnregistered() {
        Runnable stopped = relay::incrementAndGet;
        wakeups.register(stopped);
        wakeups.register(feed::incrementAndGet);

        wakeups.unregister(stopped);
        wakeups.committed(new OutboxAppended("Observation"));

        assertThat(relay).hasValue(0);
        assertThat(feed).hasValue(1);
    }
}
