package org.medmesh.bench.scoring;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.medmesh.analytics.application.HeartRiskModels;
import org.medmesh.analytics.domain.model.FeatureVector;
import org.medmesh.analytics.domain.model.LabelledCase;
import org.medmesh.analytics.domain.model.RiskAssessment;
import org.medmesh.analytics.domain.model.RiskModel;
import org.medmesh.analytics.infrastructure.data.UciCohort;
import org.medmesh.analytics.infrastructure.data.UciHeartDiseaseData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One prediction with its explanation (probability, band, missing inputs, per-input contributions) by the production
 * model, for each Cleveland patient in turn — the real inputs, some with missing values, so choosing the submodel
 * without them is measured too (those submodels are trained when the model is). Sampled, so the report can give p50 and
 * p99 rather than a mean.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScoringBenchmark {

    private RiskModel model;
    private List<FeatureVector> patients;
    private int next;

    @Setup(Level.Trial)
    public void trainTheProductionModel() {
        model = HeartRiskModels.production();
        patients = UciHeartDiseaseData.load(UciCohort.CLEVELAND).cases().stream().map(LabelledCase::inputs).toList();
    }

    @Benchmark
    public RiskAssessment scoreOnePatient() {
        FeatureVector inputs = patients.get(next);
        next = (next + 1) % patients.size();
        return model.score(inputs);
    }
}
