package org.medmesh.platform.infrastructure.persistence.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PoolTimeoutsTest {

    private final StandInPool pool = new StandInPool();
    private final AtomicInteger counted = new AtomicInteger();

    @Test
    void shouldCountEachTimeOutOfAPoolWithoutAListener() throws Exception {
        PoolTimeouts.watch(pool, counted::incrementAndGet);

        pool.timeOut();
        pool.use(7);
        pool.timeOut();

        assertThat(counted).hasValue(2);
    }

    @Test
    void shouldPassEveryEventOnToTheListenerItFound() throws Exception {
        StandInPool.Recording earlier = new StandInPool.Recording();
        pool.setPoolLifeCycleListener(earlier);
        PoolTimeouts.watch(pool, counted::incrementAndGet);

        pool.use(7);
        pool.timeOut();

        assertThat(earlier.heard).containsExactly("used 7", "timed out");
        assertThat(counted).hasValue(1);
    }

    @Test
    void shouldGiveThePoolItsEarlierListenerBackWhenStopped() throws Exception {
        StandInPool.Recording earlier = new StandInPool.Recording();
        pool.setPoolLifeCycleListener(earlier);
        PoolTimeouts timeouts = PoolTimeouts.watch(pool, counted::incrementAndGet);

        timeouts.stop();
        pool.timeOut();

        assertThat(pool.poolLifeCycleListener).isSameAs(earlier);
        assertThat(counted).hasValue(0);
        assertThat(timeouts.watches(pool)).isTrue();
    }

    @Test
    void shouldLeaveAListenerSetSinceInPlaceWhenStopped() throws Exception {
        PoolTimeouts timeouts = PoolTimeouts.watch(pool, counted::incrementAndGet);
        StandInPool.Recording later = new StandInPool.Recording();
        pool.setPoolLifeCycleListener(later);

        timeouts.stop();

        assertThat(pool.poolLifeCycleListener).isSameAs(later);
    }

    @Test
    void shouldNeverThrowIntoThePoolWhenCountingFails() throws Exception {
        PoolTimeouts.watch(pool, () -> {
            throw new IllegalStateException("no registry");
        });

        assertThatCode(pool::timeOut).doesNotThrowAnyException();
    }
}
