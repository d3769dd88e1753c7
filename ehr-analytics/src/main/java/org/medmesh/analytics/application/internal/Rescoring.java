package org.medmesh.analytics.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.logging.Logger;

import org.medmesh.analytics.domain.model.ModelVersion;
import org.medmesh.analytics.domain.model.PseudonymKey;
import org.medmesh.platform.application.WokenLoop;

/**
 * Re-scores, in the background, the patients whose latest stored assessment was made by an earlier model, so every
 * assessment a clinician reads says it was made by the model this node serves. Every {@value #CHECK_SECONDS} s it
 * counts them; when there are some — at the first check after a model change, or more than the last pass left (another
 * server instance still on the old model) — it walks this hospital's outbox from the start to the feed's position in
 * steps of {@value #BATCH} events ({@link RescoringRound}: consent checked first, as by the feed) and logs and exposes
 * its progress (counts only). Off without a pseudonym key.
 */
@Singleton
@Startup
@DependsOn("ProductionModel")
@TransactionManagement(TransactionManagementType.BEAN)
public class Rescoring {

    static final long CHECK_SECONDS = 30;
    static final int BATCH = 200;
    private static final int LOG_EVERY = 25;
    private static final Logger LOG = Logger.getLogger(Rescoring.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    PseudonymKeys keys;

    @Inject
    ProductionModel production;

    @Inject
    RescoringRound round;

    @Inject
    RiskMetrics metrics;

    private WokenLoop loop;
    private int before = -1;

    @PostConstruct
    void start() {
        if (keys.key().isEmpty()) {
            return;
        }
        PseudonymKey key = keys.key().get();
        Duration check = Duration.ofSeconds(CHECK_SECONDS);
        loop = new WokenLoop(threads, "Risk re-scoring", "medmesh-risk-rescoring", Duration.ofSeconds(1), check,
                () -> check(key)).roundsMayRunFor(Duration.ofHours(1)); // a whole population
        loop.start();
    }

    private void check(PseudonymKey key) {
        ModelVersion current = production.model().version();
        int outdated = round.outdated(current);
        metrics.outdated(outdated);
        if (outdated == 0 || before >= 0 && outdated <= before) {
            before = outdated;
            return;
        }
        LOG.info(() -> "Re-scoring with model " + current + ": " + outdated
                + " patients' latest assessment is of an earlier model");
        int sent = pass(key, current); // a failure leaves "before" as it was: the next check tries again
        int left = round.outdated(current);
        before = left;
        metrics.outdated(left);
        LOG.info(() -> "Re-scoring with model " + current + " done: " + sent + " patients sent to the risk bean, "
                + left + " still of an earlier model (opted out, unknown here, or on their way)");
    }

    private int pass(PseudonymKey key, ModelVersion current) {
        metrics.rescoring(0, 0);
        long position = 0;
        int sent = 0;
        RescoringRound.Step step;
        int steps = 0;
        do {
            step = round.next(key, current, position, BATCH);
            position = step.position();
            sent += step.sent();
            metrics.rescoring(step.end() == 0 ? 1 : Math.min(1, (double) position / step.end()), step.sent());
            if (++steps % LOG_EVERY == 0) {
                long read = position;
                long end = step.end();
                int sentSoFar = sent;
                LOG.info(() -> "Re-scoring: outbox read to " + read + " of " + end + ", " + sentSoFar
                        + " patients sent");
            }
        } while (!step.done() && loop.running());
        return sent;
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.stop();
        }
    }
}
