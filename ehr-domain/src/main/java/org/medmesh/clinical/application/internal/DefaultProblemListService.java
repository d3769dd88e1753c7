package org.medmesh.clinical.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.medmesh.shared.domain.model.ChangeType;
import org.medmesh.clinical.application.ClinicalViews.AllergyView;
import org.medmesh.clinical.application.ClinicalViews.ConditionView;
import org.medmesh.clinical.application.PatientRecordWriter;
import org.medmesh.clinical.application.ProblemListService;
import org.medmesh.clinical.domain.model.Allergy;
import org.medmesh.clinical.domain.model.AllergySeverity;
import org.medmesh.clinical.domain.model.AllergyStatus;
import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.clinical.domain.model.Condition;
import org.medmesh.clinical.domain.model.ConditionStatus;
import org.medmesh.clinical.domain.model.PatientRecords;
import org.medmesh.identity.application.Caller;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;
import org.medmesh.shared.domain.model.Stamp;

@Stateless
public class DefaultProblemListService implements ProblemListService {

    @Inject
    PatientRecordWriter writer;

    @Inject
    PatientRecords records;

    @Inject
    Caller caller;

    @Override
    public ConditionView addCondition(PatientId patient, CodedConcept code, LocalDate onsetDate, String note) {
        Stamp stamp = caller.stamp();
        Condition condition = new Condition(writer.requireActivePatient(patient), code, onsetDate, note, stamp);
        return writer.created(ChangeType.CONDITION_ADDED, condition, stamp, ConditionView::of);
    }

    @Override
    public ConditionView changeConditionStatus(UUID conditionId, long expectedVersion, ConditionStatus status) {
        return writer.change(Condition.class, conditionId, "condition", expectedVersion, ChangeType.CONDITION_UPDATED,
                (c, s) -> c.changeStatus(status, LocalDate.ofInstant(s.at(), ZoneOffset.UTC), s), ConditionView::of);
    }

    @Override
    public Page<ConditionView> conditions(PatientId patient, boolean includeVoided, int page, int size) {
        return Page.of(records.ofPatient(Condition.class, writer.requireReadable(patient), includeVoided, page, size),
                page, size,
                ConditionView::of);
    }

    @Override
    public ConditionView voidCondition(UUID conditionId, long expectedVersion, String reason) {
        return writer.change(Condition.class, conditionId, "condition", expectedVersion, ChangeType.CONDITION_VOIDED,
                (c, s) -> c.voidRecord(s, reason), ConditionView::of);
    }

    @Override
    public AllergyView addAllergy(PatientId patient, CodedConcept substance, String reaction,
            AllergySeverity severity) {
        Stamp stamp = caller.stamp();
        Allergy allergy = new Allergy(writer.requireActivePatient(patient), substance, reaction, severity, stamp);
        return writer.created(ChangeType.ALLERGY_ADDED, allergy, stamp, AllergyView::of);
    }

    @Override
    public AllergyView changeAllergyStatus(UUID allergyId, long expectedVersion, AllergyStatus status) {
        return writer.change(Allergy.class, allergyId, "allergy", expectedVersion, ChangeType.ALLERGY_UPDATED,
                (a, s) -> a.changeStatus(status, s), AllergyView::of);
    }

    @Override
    public Page<AllergyView> allergies(PatientId patient, boolean includeVoided, int page, int size) {
        return Page.of(records.ofPatient(Allergy.class, writer.requireReadable(patient), includeVoided, page, size),
                page, size,
                AllergyView::of);
    }

    @Override
    public AllergyView voidAllergy(UUID allergyId, long expectedVersion, String reason) {
        return writer.change(Allergy.class, allergyId, "allergy", expectedVersion, ChangeType.ALLERGY_VOIDED,
                (a, s) -> a.voidRecord(s, reason), AllergyView::of);
    }
}
