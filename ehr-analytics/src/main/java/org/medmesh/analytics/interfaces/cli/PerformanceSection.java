package org.medmesh.analytics.interfaces.cli;

import static org.medmesh.analytics.interfaces.cli.Markdown.fixed;
import static org.medmesh.analytics.interfaces.cli.Markdown.percent;
import static org.medmesh.analytics.interfaces.cli.Markdown.ridge;
import static org.medmesh.analytics.interfaces.cli.Markdown.row;
import static org.medmesh.analytics.interfaces.cli.Markdown.signed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.medmesh.analytics.application.BandOutcome;
import org.medmesh.analytics.application.CohortSummary;
import org.medmesh.analytics.application.EvaluationReport;
import org.medmesh.analytics.application.ModelResults;
import org.medmesh.analytics.application.RidgeScore;
import org.medmesh.analytics.domain.evaluation.Performance;
import org.medmesh.analytics.domain.evaluation.ReliabilityBin;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.RiskBand;

/** The card's figures: cross-validation, external validation, the choice of the ridge, reliability, risk bands. */
final class PerformanceSection {

    private PerformanceSection() {
    }

    static void render(StringBuilder md, EvaluationReport report) {
        List<ModelResults> models = new ArrayList<>(List.of(report.served()));
        models.addAll(report.comparisons());
        crossValidated(md, report, models);
        external(md, report, models);
        ridges(md, report);
        reliability(md, report);
        bands(md, report);
    }

    private static void crossValidated(StringBuilder md, EvaluationReport report, List<ModelResults> models) {
        md.append("## Performance\n\n### Cleveland, ").append(report.folds())
                .append("-fold stratified cross-validation (seed ").append(report.seed()).append(")\n\n")
                .append("| model | cases | accuracy | ROC AUC | Brier | log-loss | calibration-in-the-large | ")
                .append("calibration slope |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ModelResults model : models) {
            Performance p = model.crossValidated();
            md.append(row(label(model), p.cases(), percent(p.accuracy()), fixed(p.rocAuc(), 3),
                    fixed(p.brierScore(), 3), fixed(p.logLoss(), 3), signed(p.calibration().inTheLarge()),
                    fixed(p.calibration().slope(), 2)));
        }
    }

    private static void external(StringBuilder md, EvaluationReport report, List<ModelResults> models) {
        md.append("\n### External validation: trained on all of Cleveland, scored on the other cohorts\n\n")
                .append("| cohort | model | cases | prevalence | accuracy | ROC AUC | Brier | log-loss | mean ")
                .append("predicted | calibration-in-the-large | calibration slope |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (CohortSummary cohort : report.cohorts().subList(1, report.cohorts().size())) {
            for (ModelResults model : models) {
                Performance p = model.in(cohort.cohort());
                md.append(row(cohort.cohort().title(), label(model), p.cases(),
                        percent(p.calibration().observedRate()), percent(p.accuracy()), fixed(p.rocAuc(), 3),
                        fixed(p.brierScore(), 3), fixed(p.logLoss(), 3), percent(p.calibration().meanPredicted()),
                        signed(p.calibration().inTheLarge()), fixed(p.calibration().slope(), 2)));
            }
        }
        md.append(Prose.READING_CALIBRATION);
    }

    private static void ridges(StringBuilder md, EvaluationReport report) {
        md.append("### Choosing the ridge\n\nThe served method (pattern submodels, each recalibrated) cross-validated ")
                .append("on Cleveland with each ridge compared; the lowest log-loss is served.\n\n")
                .append("| ridge | log-loss | ROC AUC | Brier | calibration slope | |\n|---:|---:|---:|---:|---:|---|\n");
        for (RidgeScore score : report.ridges()) {
            Performance p = score.crossValidated();
            md.append(row(ridge(score.ridge()), fixed(p.logLoss(), 4), fixed(p.rocAuc(), 3),
                    fixed(p.brierScore(), 3), fixed(p.calibration().slope(), 2),
                    score.ridge() == report.ridge() ? "served" : ""));
        }
        md.append('\n');
    }

    private static void reliability(StringBuilder md, EvaluationReport report) {
        md.append("### Reliability (served model)\n\nPer bin of predicted probability: patients, mean predicted → ")
                .append("observed rate of disease (Cleveland: out-of-fold predictions).\n\n| predicted |");
        report.cohorts().forEach(c -> md.append(' ').append(c.cohort().title()).append(" |"));
        md.append("\n|---|").append("---|".repeat(report.cohorts().size())).append('\n');
        List<List<ReliabilityBin>> tables = report.cohorts().stream()
                .map(c -> report.served().in(c.cohort()).reliability()).toList();
        for (int bin = 0; bin < ReliabilityBin.BINS; bin++) {
            ReliabilityBin first = tables.get(0).get(bin);
            md.append("| ").append(fixed(first.from(), 1)).append("–").append(fixed(first.to(), 1)).append(" |");
            for (List<ReliabilityBin> table : tables) {
                ReliabilityBin cell = table.get(bin);
                md.append(cell.cases() == 0
                        ? " – |"
                        : " " + cell.cases() + ": " + fixed(cell.meanPredicted(), 2) + " → "
                                + fixed(cell.observedRate(), 2) + " |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static void bands(StringBuilder md, EvaluationReport report) {
        md.append("## Risk bands\n\nLow below ").append(percent(RiskBand.INTERMEDIATE_FROM)).append(", high from ")
                .append(percent(RiskBand.HIGH_FROM)).append(", intermediate between (the pre-test probability bands ")
                .append("of the ESC guidelines on stable coronary artery disease), on the served model's ")
                .append("predictions (Cleveland: out-of-fold). Per cohort: patients in the band, observed rate of ")
                .append("disease among them.\n\n| band |");
        report.cohorts().forEach(c -> md.append(' ').append(c.cohort().title()).append(" |"));
        md.append("\n|---|").append("---:|".repeat(report.cohorts().size())).append('\n');
        for (RiskBand band : RiskBand.values()) {
            md.append("| ").append(band.name().toLowerCase(Locale.ROOT)).append(" |");
            for (CohortSummary cohort : report.cohorts()) {
                BandOutcome outcome = report.served().bands().get(cohort.cohort()).get(band.ordinal());
                md.append(' ').append(outcome.cases()).append(": ")
                        .append(outcome.cases() == 0 ? "–" : percent(outcome.observedRate())).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static String label(ModelResults model) {
        return model.features().size() < Feature.values().length
                ? model.name() + " (" + Markdown.names(model.features()) + ")"
                : model.name();
    }
}
