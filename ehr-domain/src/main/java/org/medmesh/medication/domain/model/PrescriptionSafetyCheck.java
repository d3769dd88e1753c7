package org.medmesh.medication.domain.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.medmesh.clinical.domain.model.Allergy;
import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.patient.domain.model.SearchableName;

/**
 * Checks a drug against the patient's active allergies and the patient's current prescriptions. An allergy matches when
 * it names the same code, when one name contains the other's words, or when the allergy is to a drug class the drug
 * belongs to. A duplicate is a current (active or dispensed) prescription of the same drug.
 */
public final class PrescriptionSafetyCheck {

    private PrescriptionSafetyCheck() {
    }

    public static List<PrescriptionConflict> conflicts(CodedConcept drug, Collection<Allergy> allergies,
            Collection<Prescription> prescriptions) {
        List<PrescriptionConflict> conflicts = new ArrayList<>();
        for (Allergy allergy : allergies) {
            if (allergy.active() && allergyCovers(allergy.substance(), drug)) {
                conflicts.add(new PrescriptionConflict(ConflictKind.ALLERGY, allergy.id(),
                        "Patient has an active " + allergy.severity().name().toLowerCase() + " allergy to "
                                + allergy.substance().display()
                                + (allergy.reaction() == null ? "" : " (reaction: " + allergy.reaction() + ")")
                                + "."));
            }
        }
        for (Prescription current : prescriptions) {
            if (current.current() && sameDrug(current.drug(), drug)) {
                conflicts.add(new PrescriptionConflict(ConflictKind.DUPLICATE_THERAPY, current.id(),
                        "Patient already has a current prescription of " + current.drug().display() + " ("
                                + current.status().name().toLowerCase() + ", prescribed by "
                                + current.createdBy() + ")."));
            }
        }
        return conflicts;
    }

    static boolean allergyCovers(CodedConcept substance, CodedConcept drug) {
        if (substance.sameCodeAs(drug)) {
            return true;
        }
        Set<String> substanceWords = SearchableName.tokens(substance.display());
        Set<String> drugWords = SearchableName.tokens(drug.display());
        if (!substanceWords.isEmpty() && (drugWords.containsAll(substanceWords) || substanceWords.containsAll(
                drugWords))) {
            return true;
        }
        return DrugClasses.classOf(substance.display()).map(c -> DrugClasses.member(c, drug.display()))
                .orElse(false);
    }

    static boolean sameDrug(CodedConcept a, CodedConcept b) {
        return a.sameCodeAs(b) || SearchableName.fold(a.display()).equals(SearchableName.fold(b.display()));
    }
}
