package org.medmesh.patient.domain.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Criteria of a patient search; all given criteria must match. Name words match the start of any of the patient's name
 * words, ignoring case and accents.
 */
public record PatientSearch(List<String> nameTokens, LocalDate birthDate, String identifier, boolean includeVoided,
        int page, int size) {

    public PatientSearch {
        nameTokens = List.copyOf(nameTokens);
        identifier = identifier == null || identifier.isBlank() ? null : identifier.strip();
    }

    public boolean hasCriteria() {
        return !nameTokens.isEmpty() || birthDate != null || identifier != null;
    }
}
