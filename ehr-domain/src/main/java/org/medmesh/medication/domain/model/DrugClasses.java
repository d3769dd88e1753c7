package org.medmesh.medication.domain.model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.medmesh.patient.domain.model.SearchableName;

/**
 * A small cross-reactivity table: an allergy to a drug class covers its members ("penicillin" allergy → amoxicillin).
 * It is deliberately conservative and short; a formulary service can replace it without changing the checks.
 */
final class DrugClasses {

    private static final Map<String, Set<String>> MEMBERS = Map.of(
            "penicillin", Set.of("amoxicillin", "ampicillin", "benzylpenicillin", "phenoxymethylpenicillin",
                    "flucloxacillin", "piperacillin", "dicloxacillin", "penicillin"),
            "cephalosporin", Set.of("cefalexin", "cephalexin", "cefazolin", "ceftriaxone", "cefuroxime",
                    "cefotaxime", "ceftazidime"),
            "sulfonamide", Set.of("sulfamethoxazole", "sulfasalazine", "sulfadiazine"),
            "nsaid", Set.of("ibuprofen", "naproxen", "diclofenac", "aspirin", "ketorolac", "indometacin",
                    "celecoxib"),
            "opioid", Set.of("morphine", "codeine", "oxycodone", "hydromorphone", "fentanyl", "tramadol"),
            "statin", Set.of("atorvastatin", "simvastatin", "rosuvastatin", "pravastatin"));

    private static final Map<String, String> SYNONYMS = Map.of("sulfa", "sulfonamide", "sulpha", "sulfonamide",
            "penicillins", "penicillin", "nsaids", "nsaid", "opioids", "opioid", "statins", "statin",
            "cephalosporins", "cephalosporin");

    private DrugClasses() {
    }

    /** The class a substance name denotes, if it is one of the known classes. */
    static Optional<String> classOf(String substance) {
        for (String word : SearchableName.tokens(substance)) {
            String name = SYNONYMS.getOrDefault(word, word);
            if (MEMBERS.containsKey(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    static boolean member(String drugClass, String drugName) {
        Set<String> members = MEMBERS.getOrDefault(drugClass, Set.of());
        return SearchableName.tokens(drugName).stream().anyMatch(members::contains);
    }
}
