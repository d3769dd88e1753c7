package org.medmesh.analytics.application;

/**
 * The evaluation behind the model card, run once for all the tests that read it (it trains a few thousand models,
 * seconds of work): its result is a pure function of the bundled data, so sharing it couples no test to another.
 */
public final class EvaluationFixture {

    private static EvaluationReport report;

    private EvaluationFixture() {
    }

    public static synchronized EvaluationReport report() {
        if (report == null) {
            report = ModelEvaluation.run();
        }
        return report;
    }
}
