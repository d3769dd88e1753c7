package org.medmesh.analytics.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.medmesh.platform.application.RecentLatencies;

/**
 * Scoring figures (Prometheus at {@code /metrics?scope=application}): predictions stored
 * ({@code medmesh_risk_predictions_total}); the time to score one update over the latest {@value #WINDOW} scorings, in
 * seconds ({@code medmesh_risk_scoring_p50_seconds}, {@code _p99_seconds}, {@code _max_seconds}); and the re-scoring
 * after a model change: patients whose latest assessment is of an earlier model, at the last check
 * ({@code medmesh_risk_outdated_assessments}), the share of the outbox the current or last re-scoring has read
 * ({@code medmesh_risk_rescoring_progress}, 0 to 1; 1 when none was needed) and the patients it sent
 * ({@code medmesh_risk_rescorings_total}). Not a MicroProfile timer: Payara 6.2025.10 exports a timer's nanoseconds
 * under a {@code _seconds} name (fixed upstream as FISH-13137, in no Community 6 release yet), which would mislead
 * every dashboard by 10⁹. Every family is there from start-up, with its help text.
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

    /** Made with the application, so every family is scraped from start-up, not from the first scoring. */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // Observing the start is what makes the container create this bean now.
    }

    @PostConstruct
    void register() {
        predictions = registry.counter(Metadata.builder().withName("medmesh_risk_predictions")
                .withDescription("Risk predictions stored").build());
        rescorings = registry.counter(Metadata.builder().withName("medmesh_risk_rescorings")
                .withDescription("Patients sent for re-scoring after a model change").build());
        registry.gauge(Metadata.builder().withName("medmesh_risk_outdated_assessments")
                .withDescription("Patients whose latest assessment is of an earlier model, at the last check (NaN:"
                        + " not checked yet)")
                .build(), this, metrics -> metrics.outdated);
        registry.gauge(Metadata.builder().withName("medmesh_risk_rescoring_progress")
                .withDescription("Share of the outbox the current or last re-scoring has read (1: none needed)")
                .build(), this, metrics -> metrics.progress);
        scoringGauge("p50", 50, "median");
        scoringGauge("p99", 99, "99th percentile");
        scoringGauge("max", 100, "maximum");
    }

    private void scoringGauge(String suffix, double percent, String what) {
        registry.gauge(Metadata.builder().withName("medmesh_risk_scoring_" + suffix + "_seconds")
                .withDescription("Time to score one patient update, " + what + " of the latest " + WINDOW
                        + " scorings")
                .build(), this, metrics -> metrics.scoring.percentileSeconds(percent));
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
