package org.medmesh.audit.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.medmesh.audit.domain.model.AuditEntry;
import org.medmesh.audit.domain.model.AuditRecord;

/**
 * The one writer of the audit chain, and group commit for reads: requests hand their records to its thread, which
 * appends whatever has queued up (at most {@value #BATCH}) in one transaction and then completes each request's future.
 * A request waits for its entry to be committed, so nothing is answered unrecorded, but concurrent requests share one
 * lock of the chain head and one commit instead of queueing for one each. Writes do not wait here: their records are
 * committed with them to the intake ({@link DefaultAuditLog#recordWithWrite}), and every round first chains what waits
 * there — woken by each such commit, and every {@value #INTAKE_CHECK_MILLIS} ms for what another server instance, or a
 * notice lost in a crash, left.
 */
@ApplicationScoped
public class AuditQueue {

    static final int BATCH = 500;
    static final long INTAKE_CHECK_MILLIS = 1_000;
    static final long COMMIT_TIMEOUT_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(AuditQueue.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    AuditBatchWriter writer;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(10_000);
    private volatile boolean running;
    private Thread loop;

    /** A record to append, or (record null) a request to chain the intake, completed once it is. */
    private record Pending(AuditRecord record, CompletableFuture<AuditEntry> committed) {
    }

    @PostConstruct
    void start() {
        running = true;
        loop = threads.newThread(this::write);
        loop.setName("medmesh-audit-writer");
        loop.start();
    }

    /** Queues a record; the future completes once its entry is committed (or fails with the reason it is not). */
    public CompletableFuture<AuditEntry> submit(AuditRecord record) {
        CompletableFuture<AuditEntry> committed = new CompletableFuture<>();
        if (!running || !queue.offer(new Pending(record, committed))) {
            committed.completeExceptionally(new IllegalStateException("the audit writer is not accepting records"));
        }
        return committed;
    }

    /**
     * Completes once the records committed to the intake before it was called are in the chain (with null), or fails
     * with the reason they are not.
     */
    public CompletableFuture<AuditEntry> chainAdmitted() {
        return submit(null);
    }

    /** Notes that a write committed its record to the intake, so that the next round chains it. */
    public void admitted() {
        submit(null);
    }

    private void write() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(INTAKE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null && !writer.intakeWaiting()) {
                    continue;
                }
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                }
                appendAndChainIntake(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(batch, e);
                return;
            } catch (RuntimeException e) {
                LOG.log(batch.isEmpty() ? Level.FINE : Level.SEVERE, "Could not append " + batch.size()
                        + " audit records or chain the intake: " + e.getClass().getSimpleName());
                fail(batch, e);
            }
            batch.clear();
        }
    }

    /** One round: the intake, then the batch's records; repeated while the intake yields full batches. */
    private void appendAndChainIntake(List<Pending> batch) {
        List<AuditRecord> records = batch.stream().map(Pending::record).filter(Objects::nonNull).toList();
        List<AuditEntry> entries = writer.append(records);
        int fromIntake = entries.size() - records.size();
        while (fromIntake == AuditBatchWriter.INTAKE_BATCH && running) {
            fromIntake = writer.append(List.of()).size();
        }
        Iterator<AuditEntry> appended = entries.subList(entries.size() - records.size(), entries.size()).iterator();
        for (Pending pending : batch) {
            pending.committed().complete(pending.record() == null ? null : appended.next());
        }
    }

    /** Waits (at most {@value #COMMIT_TIMEOUT_SECONDS} s) for what the writer completes; fails when it did not. */
    static AuditEntry await(CompletableFuture<AuditEntry> committed) {
        try {
            return committed.get(COMMIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording an audit entry", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the audit entry was not committed", e);
        }
    }

    private static void fail(List<Pending> batch, Exception cause) {
        batch.forEach(pending -> pending.committed().completeExceptionally(cause));
    }

    @PreDestroy
    void stop() {
        running = false;
        try {
            loop.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        fail(left, new IllegalStateException("the node is stopping"));
    }
}
