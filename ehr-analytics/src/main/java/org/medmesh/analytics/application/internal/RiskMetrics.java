package org.medmesh.analytics.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Scoring figures (Prometheus at {@code /metrics?scope=application}): predictions stored
 * ({@code medmesh_risk_predictions_total}) and the time to score one update over the latest {@value #WINDOW} scorings,
 * in milliseconds like the sync gauges ({@code medmesh_risk_scoring_p50_ms}, {@code _p99_ms}, {@code _max_ms}). Not a
 * MicroProfile timer: Payara 6.2025.10 exports a timer's nanoseconds under a {@code _seconds} name (fixed upstream as
 * FISH-13137, in no Community 6 release yet), which would mislead every dashboard by 10⁹.
 */
@ApplicationScoped
public class RiskMetrics {

    static final int WINDOW = 1_000;

    @Inject
    MetricRegistry registry;

    private final RecentLatencies scoring = new RecentLatencies(WINDOW);
    private Counter predictions;

    @PostConstruct
    void register() {
        predictions = registry.counter("medmesh_risk_predictions");
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
}
