package org.medmesh.analytics.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Scoring figures (Prometheus at {@code /metrics?scope=application}): predictions stored
 * ({@code medmesh_risk_predictions_total}); the time to score one update over the latest {@value #WINDOW} scorings, in
 * milliseconds like the sync gauges ({@code medmesh_risk_scoring_p50_ms}, {@code _p99_ms}, {@code _max_ms}); and the
 * re-scoring after a model change: patients whose latest assessment is of an earlier model, at the last check
 * ({@code medmesh_risk_outdated_assessments}), the share of the outbox the current or last re-scoring has read
 * ({@code medmesh_risk_rescoring_progress}, 0 to 1; 1 when none was needed) and the patients it sent
 * ({@code medmesh_risk_rescorings_total}). Not a MicroProfile timer: Payara 6.2025.10 exports a timer's nanoseconds
 * under a {@code _seconds} name (fixed upstream as FISH-13137, in no Community 6 release yet), which would mislead
 * every dashboard by 10⁹.
 */
@ApplicationScoped
public class RiskMetrics {

    static final int WINDOW = 1_000;

    @Inject
    MetricRegistry registry;

    private final RecentLatencies scoring = new RecentLatencies(WINDOW);
    private Counter predictions;
    private Counter rescorings;
    private volatile double outdated = Double.NaN;
    private volatile double progress = 1;

    @PostConstruct
    void register() {
        predictions = registry.counter("medmesh_risk_predictions");
        rescorings = registry.counter("medmesh_risk_rescorings");
        registry.gauge("medmesh_risk_outdated_assessments", () -> outdated);
        registry.gauge("medmesh_risk_rescoring_progress", () -> progress);
        registry.gauge("medmesh_risk_scoring_p50_ms", () -> scoring.percentileMillis(50));
        registry.gauge("medmesh_risk_scoring_p99_ms", () -> scoring.percentileMillis(99));
        registry.gauge("medmesh_risk_scoring_max_ms", () -> scoring.percentileMillis(100));
    }

    void scored(Duration took) {
        scoring.record(took);
    }

    void stored() {
        predictions.inc();
    }

    void outdated(int patients) {
        outdated = patients;
    }

    void rescoring(double share, int sent) {
        progress = share;
        rescorings.inc(sent);
    }
}
