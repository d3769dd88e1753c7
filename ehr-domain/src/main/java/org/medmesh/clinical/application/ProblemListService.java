package org.medmesh.clinical.application;

import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.UUID;

import org.medmesh.clinical.application.ClinicalViews.AllergyView;
import org.medmesh.clinical.application.ClinicalViews.ConditionView;
import org.medmesh.clinical.domain.model.AllergySeverity;
import org.medmesh.clinical.domain.model.AllergyStatus;
import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.clinical.domain.model.ConditionStatus;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

/** The patient's problem list (conditions) and allergies/intolerances. */
public interface ProblemListService {

    /** Should add an active condition and emit {@code condition.added}; diagnosing is for doctors. */
    @RolesAllowed(Roles.DOCTOR)
    ConditionView addCondition(PatientId patient, CodedConcept code, LocalDate onsetDate, String note);

    /** Should change the status on the client's version (else StaleVersion) and emit {@code condition.updated}. */
    @RolesAllowed(Roles.DOCTOR)
    ConditionView changeConditionStatus(UUID conditionId, long expectedVersion, ConditionStatus status);

    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    Page<ConditionView> conditions(PatientId patient, boolean includeVoided, int page, int size);

    @RolesAllowed(Roles.DOCTOR)
    ConditionView voidCondition(UUID conditionId, long expectedVersion, String reason);

    /** Should add an active allergy and emit {@code allergy.added}. */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    AllergyView addAllergy(PatientId patient, CodedConcept substance, String reaction, AllergySeverity severity);

    /** Should change the status on the client's version (else StaleVersion) and emit {@code allergy.updated}. */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    AllergyView changeAllergyStatus(UUID allergyId, long expectedVersion, AllergyStatus status);

    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    Page<AllergyView> allergies(PatientId patient, boolean includeVoided, int page, int size);

    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    AllergyView voidAllergy(UUID allergyId, long expectedVersion, String reason);
}
