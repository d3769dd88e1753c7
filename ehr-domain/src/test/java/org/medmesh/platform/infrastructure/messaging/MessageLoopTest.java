package org.medmesh.platform.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consumer loop on a real broker: batches in order, a failed round leaves its messages for the next, work goes on
 * after a broker restart, and stopping it ends its thread.
 */
class MessageLoopTest {

    private static final String QUEUE = "test.consumed";
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path journal;

    private TestBroker broker;
    private MessageLoop loop;
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    private final AtomicReference<Thread> thread = new AtomicReference<>();

    @AfterEach
    void stop() {
        if (loop != null) {
            loop.stop(Duration.ofSeconds(10));
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void takesWhatIsWaitingAsBatchesInOrder() {
        broker = new TestBroker(journal).start();
        List<String> sent = IntStream.range(0, 25).mapToObj(i -> "m" + i).toList();
        send(sent);

        start(subscription -> {
            List<Message> batch = subscription.take(10, 200);
            for (Message message : batch) {
                handled.add(message.getBody(String.class));
            }
            if (!batch.isEmpty()) {
                batchSizes.add(batch.size());
                subscription.commit();
            }
            return Duration.ZERO;
        });

        await(() -> handled.size() == sent.size());
        assertThat(handled).containsExactlyElementsOf(sent);
        assertThat(batchSizes).allMatch(size -> size <= 10).contains(10);
    }

    @Test
    void aFailedRoundLeavesItsMessagesForTheNextOne() {
        broker = new TestBroker(journal).start();
        send(List.of("a", "b"));
        AtomicBoolean failedOnce = new AtomicBoolean();

        start(subscription -> {
            List<Message> batch = subscription.take(10, 200);
            for (Message message : batch) {
                if (failedOnce.compareAndSet(false, true)) {
                    throw new IllegalStateException("the database said no");
                }
                handled.add(message.getBody(String.class));
            }
            subscription.commit();
            return Duration.ZERO;
        });

        await(() -> handled.size() == 2);
        assertThat(handled).containsExactly("a", "b");
    }

    @Test
    void goesOnAfterABrokerRestartAndStopsWhenAsked() {
        broker = new TestBroker(journal).start();
        start(subscription -> {
            thread.set(Thread.currentThread());
            List<String> taken = new java.util.ArrayList<>();
            for (Message message : subscription.take(10, 200)) {
                taken.add(message.getBody(String.class));
            }
            subscription.commit();
            // Counted once committed: a commit the restart cut off redelivers the message, which is no duplicate.
            handled.addAll(taken);
            return Duration.ZERO;
        });
        send(List.of("before"));
        await(() -> handled.contains("before"));

        broker.stop();
        broker.start();
        send(List.of("after"));
        await(() -> handled.contains("after"));
        loop.stop(Duration.ofSeconds(10));

        assertThat(thread.get().isAlive()).isFalse();
        assertThat(handled).containsExactly("before", "after");
    }

    private void start(MessageLoop.Round round) {
        loop = new MessageLoop("test-consumer", broker.connections(),
                session -> session.createConsumer(session.createQueue(QUEUE)), round, Duration.ofMillis(50));
        loop.start(Thread::new, Duration.ZERO);
    }

    private void send(List<String> bodies) {
        try (ActiveMQConnectionFactory factory = broker.connections();
                JMSContext context = factory.createContext(JMSContext.SESSION_TRANSACTED)) {
            bodies.forEach(body -> context.createProducer().send(context.createQueue(QUEUE), body));
            context.commit();
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within " + DEADLINE).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
