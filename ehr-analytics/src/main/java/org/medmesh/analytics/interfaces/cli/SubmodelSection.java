package org.medmesh.analytics.interfaces.cli;

import static org.medmesh.analytics.interfaces.cli.Markdown.fixed;
import static org.medmesh.analytics.interfaces.cli.Markdown.row;

import org.medmesh.analytics.application.CohortSummary;
import org.medmesh.analytics.application.EvaluationReport;
import org.medmesh.analytics.application.NamedSubmodel;
import org.medmesh.analytics.application.SubmodelCensus;
import org.medmesh.analytics.application.SubmodelUse;
import org.medmesh.analytics.domain.model.ModelParameters;

/** The card's submodels: which score the cohorts' patients, and the named ones in full. */
final class SubmodelSection {

    private SubmodelSection() {
    }

    static void census(StringBuilder md, EvaluationReport report) {
        SubmodelCensus census = report.submodels();
        md.append(Prose.SUBMODELS).append("| submodel | Cleveland patients trained on | its Cleveland CV ROC AUC | ")
                .append("recalibration a | recalibration b |");
        report.cohorts().forEach(c -> md.append(' ').append(c.cohort().title()).append(" |"));
        md.append("\n|---|---:|---:|---:|---:|").append("---:|".repeat(report.cohorts().size())).append('\n');
        for (SubmodelUse use : census.listed()) {
            md.append("| ").append(use.name()).append(" | ").append(use.trainedOn()).append(" | ")
                    .append(fixed(use.clevelandAuc(), 3)).append(" | ")
                    .append(fixed(use.recalibration().intercept(), 2)).append(" | ")
                    .append(fixed(use.recalibration().slope(), 2)).append(" |");
            for (CohortSummary cohort : report.cohorts()) {
                md.append(' ').append(use.patients().get(cohort.cohort())).append(" |");
            }
            md.append('\n');
        }
        md.append("| ").append(census.unlistedPatterns()).append(" other patterns, one submodel each | | | | |");
        report.cohorts().forEach(c -> md.append(' ').append(census.unlistedPatients().get(c.cohort())).append(" |"));
        md.append("\n\n");
    }

    static void parameters(StringBuilder md, EvaluationReport report) {
        md.append(Prose.PARAMETERS);
        for (NamedSubmodel submodel : report.named()) {
            ModelParameters parameters = submodel.parameters();
            md.append("### ").append(submodel.name()).append("\n\nTrained on ").append(submodel.trainedOn())
                    .append(" Cleveland patients; recalibration a = ")
                    .append(fixed(submodel.recalibration().intercept(), 4)).append(", b = ")
                    .append(fixed(submodel.recalibration().slope(), 4)).append(". Log-odds of disease = ")
                    .append(fixed(parameters.intercept(), 4)).append(" + Σ coefficient × term.\n\n")
                    .append("| term | coefficient | odds ratio | reference |\n|---|---:|---:|---:|\n");
            for (ModelParameters.Term term : parameters.terms()) {
                md.append(row(term.name(), fixed(term.coefficient(), 4), fixed(Math.exp(term.coefficient()), 3),
                        fixed(term.reference(), 3)));
            }
            md.append('\n');
        }
    }
}
