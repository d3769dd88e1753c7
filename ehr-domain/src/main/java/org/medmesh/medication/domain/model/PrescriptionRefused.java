package org.medmesh.medication.domain.model;

import java.util.List;
import java.util.stream.Collectors;

import org.medmesh.shared.domain.model.ClinicalRuleViolation;

/** The safety check found conflicts and the prescriber gave no override reason. */
public class PrescriptionRefused extends ClinicalRuleViolation {

    private static final long serialVersionUID = 1L;

    private final transient List<PrescriptionConflict> conflicts;

    public PrescriptionRefused(List<PrescriptionConflict> conflicts) {
        super("prescription-conflict", conflicts.stream().map(PrescriptionConflict::description)
                .collect(Collectors.joining(" ")) + " To prescribe anyway, send an overrideReason.");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<PrescriptionConflict> conflicts() {
        return conflicts;
    }
}
