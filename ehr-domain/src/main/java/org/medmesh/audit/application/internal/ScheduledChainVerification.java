package org.medmesh.audit.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.time.Duration;

import org.medmesh.audit.domain.model.AuditVerdict;
import org.medmesh.platform.application.Leadership;
import org.medmesh.platform.application.WokenLoop;

/**
 * Verifies the audit chain in itself (every entry in place, unchanged, linked, up to the head) every {@link #EVERY} at
 * the server instance leading the job, the first time soon after start-up, and keeps the outcome for the metrics and
 * alerts ({@link ChainVerifications}). The check against the peers' signed checkpoints, which also finds a chain cut
 * short, is the administrator's ({@code ./ehr audit-verify}).
 */
@Singleton
@Startup
@DependsOn("DatabaseLeadership")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class ScheduledChainVerification {

    static final Duration EVERY = Duration.ofHours(1);
    private static final Duration FIRST_WAIT = Duration.ofSeconds(10);
    private static final Duration LOOK = Duration.ofMinutes(1);

    @Inject
    ChainSelfCheck selfCheck;

    @Inject
    Leadership leadership;

    @Inject
    ChainVerifications verifications;

    @Resource
    ManagedThreadFactory threads;

    private WokenLoop loop;
    private long lastNanos;
    private boolean verified;

    @PostConstruct
    void start() {
        loop = new WokenLoop(threads, "Audit chain verification", "medmesh-audit-verification", FIRST_WAIT, LOOK,
                this::round).roundsMayRunFor(Duration.ofHours(2));
        loop.start();
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }

    private void round() {
        if (leadership.fence(Leadership.AUDIT_VERIFICATION).isEmpty()
                || verified && System.nanoTime() - lastNanos < EVERY.toNanos()) {
            return;
        }
        AuditVerdict verdict = selfCheck.verify();
        verifications.record(verdict.intact(), verdict.checked(), verdict.firstBrokenSeq(), verdict.problem());
        lastNanos = System.nanoTime();
        verified = true;
    }
}
