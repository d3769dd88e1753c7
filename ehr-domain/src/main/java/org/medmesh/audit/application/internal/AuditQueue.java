package org.medmesh.audit.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.medmesh.audit.domain.model.AuditEntry;
import org.medmesh.audit.domain.model.AuditRecord;

/**
 * Group commit for the audit chain: requests hand their records to one writer thread, which appends whatever has queued
 * up (at most {@value #BATCH}) in one transaction and then completes each request's future. A request waits for its
 * entry to be committed, so nothing is answered unrecorded, but concurrent requests share one lock of the chain head
 * and one commit instead of queueing for one each.
 */
@ApplicationScoped
public class AuditQueue {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(AuditQueue.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    AuditBatchWriter writer;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(10_000);
    private volatile boolean running;
    private Thread loop;

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

    private void write() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                List<AuditEntry> entries = writer.append(batch.stream().map(Pending::record).toList());
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).committed().complete(entries.get(i));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(batch, e);
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not append " + batch.size() + " audit records: "
                        + e.getClass().getSimpleName());
                fail(batch, e);
            }
            batch.clear();
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
