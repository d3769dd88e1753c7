package org.medmesh.analytics.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Scoring figures (Prometheus at {@code /metrics?scope=application}): predictions stored
 * ({@code medmesh_risk_predictions_total}) and the time to score one update ({@code medmesh_risk_scoring_seconds}).
 */
@ApplicationScoped
public class RiskMetrics {

    @Inject
    MetricRegistry registry;

    private Counter predictions;
    private Timer scoring;

    @PostConstruct
    void register() {
        predictions = registry.counter("medmesh_risk_predictions");
        scoring = registry.timer("medmesh_risk_scoring");
    }

    void scored(Duration took) {
        scoring.update(took);
    }

    void stored() {
        predictions.inc();
    }
}
