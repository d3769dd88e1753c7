package org.medmesh.analytics.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.medmesh.analytics.domain.evaluation.CrossValidation;
import org.medmesh.analytics.domain.evaluation.Performance;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.LabelledCase;
import org.medmesh.analytics.domain.model.PatternSubmodels;
import org.medmesh.analytics.domain.model.RecalibratedModel;
import org.medmesh.analytics.domain.model.Recalibration;
import org.medmesh.analytics.domain.model.RiskModel;
import org.medmesh.analytics.domain.model.SubmodelName;
import org.medmesh.analytics.infrastructure.data.CohortData;
import org.medmesh.analytics.infrastructure.data.UciCohort;
import org.medmesh.analytics.infrastructure.weka.WekaLogisticTrainer;

/**
 * Which submodels score the patients of the four cohorts: every pattern of inputs present that at least
 * {@value #LISTED_FROM} patients of one cohort share, most patients first, with its own cross-validated ROC AUC on
 * Cleveland (the inputs it lacks hidden from every Cleveland patient; recalibration cannot change an AUC, so the plain
 * regression is cross-validated); the rarer patterns are counted together.
 */
public record SubmodelCensus(List<SubmodelUse> listed, int unlistedPatterns,
        Map<UciCohort, Integer> unlistedPatients) {

    static final int LISTED_FROM = 5;

    public SubmodelCensus {
        listed = List.copyOf(listed);
        unlistedPatients = Map.copyOf(unlistedPatients);
    }

    static SubmodelCensus of(Map<UciCohort, CohortData> data, PatternSubmodels served) {
        Map<Set<Feature>, Map<UciCohort, Integer>> patterns = new LinkedHashMap<>();
        for (CohortData cohort : data.values()) {
            for (LabelledCase c : cohort.cases()) {
                patterns.computeIfAbsent(present(c), p -> zeros()).merge(cohort.cohort(), 1, Integer::sum);
            }
        }
        List<LabelledCase> cleveland = data.get(UciCohort.CLEVELAND).cases();
        List<SubmodelUse> listed = new ArrayList<>();
        Map<UciCohort, Integer> unlisted = zeros();
        int unlistedPatterns = 0;
        for (Map.Entry<Set<Feature>, Map<UciCohort, Integer>> pattern : patterns.entrySet()) {
            if (pattern.getValue().values().stream().anyMatch(n -> n >= LISTED_FROM)) {
                listed.add(use(pattern.getKey().stream().sorted().toList(), pattern.getValue(), cleveland, served));
            } else {
                unlistedPatterns++;
                pattern.getValue().forEach((cohort, n) -> unlisted.merge(cohort, n, Integer::sum));
            }
        }
        listed.sort(Comparator.comparingInt(SubmodelUse::total).reversed().thenComparing(SubmodelUse::name));
        return new SubmodelCensus(listed, unlistedPatterns, unlisted);
    }

    private static SubmodelUse use(List<Feature> inputs, Map<UciCohort, Integer> patients,
            List<LabelledCase> cleveland, PatternSubmodels served) {
        List<LabelledCase> complete = completeFor(cleveland, inputs);
        double auc = Performance.of(new CrossValidation(new WekaLogisticTrainer(HeartRiskModels.RIDGE),
                HeartRiskModels.FOLDS, HeartRiskModels.SEED).predictions(complete, inputs)).rocAuc();
        return new SubmodelUse(SubmodelName.of(inputs), inputs, complete.size(), auc,
                recalibration(served.submodel(inputs)), patients);
    }

    static List<LabelledCase> completeFor(List<LabelledCase> cases, List<Feature> inputs) {
        return cases.stream().filter(c -> inputs.stream().noneMatch(c.inputs()::isMissing)).toList();
    }

    static Recalibration recalibration(RiskModel submodel) {
        return submodel instanceof RecalibratedModel recalibrated
                ? recalibrated.recalibration()
                : Recalibration.IDENTITY;
    }

    private static Set<Feature> present(LabelledCase c) {
        return Set.copyOf(c.inputs().present().keySet());
    }

    private static Map<UciCohort, Integer> zeros() {
        Map<UciCohort, Integer> counts = new EnumMap<>(UciCohort.class);
        for (UciCohort cohort : UciCohort.values()) {
            counts.put(cohort, 0);
        }
        return counts;
    }
}
