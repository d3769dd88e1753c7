package org.medmesh.clinical.infrastructure.persistence;

import static org.medmesh.shared.infrastructure.replication.ColumnTable.fields;
import static org.medmesh.shared.infrastructure.replication.FieldColumn.coded;
import static org.medmesh.shared.infrastructure.replication.FieldColumn.encounter;
import static org.medmesh.shared.infrastructure.replication.FieldColumn.instant;
import static org.medmesh.shared.infrastructure.replication.FieldColumn.patient;
import static org.medmesh.shared.infrastructure.replication.FieldColumn.text;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import org.medmesh.shared.domain.model.RecordType;
import org.medmesh.shared.infrastructure.replication.ColumnKind;
import org.medmesh.shared.infrastructure.replication.ColumnTable;
import org.medmesh.shared.infrastructure.replication.FieldColumn;
import org.medmesh.shared.infrastructure.replication.ReplicaTable;
import org.medmesh.shared.infrastructure.replication.ReplicatedRecordTypes;

/** The clinical context's replicated records as replication writes them: one table each, one column per field. */
@ApplicationScoped
public class ClinicalReplicaTables implements ReplicatedRecordTypes {

    @Override
    public List<ReplicaTable> tables() {
        return List.of(
                new ColumnTable(RecordType.ENCOUNTER, "encounter", List.of(
                        patient(), text("type", "encounter_type"), text("ward"), text("attending"),
                        instant("startedAt", "started_at"), instant("endedAt", "ended_at"), text("status"))),
                new ColumnTable(RecordType.OBSERVATION, "observation", fields(
                        List.of(patient(), encounter(), text("category")), coded("code"), List.of(
                                decimal("value", "value_quantity"), text("unit", "value_unit"),
                                text("answer", "value_answer"), decimal("referenceLow", "reference_low"),
                                decimal("referenceHigh", "reference_high"), text("interpretation"),
                                instant("effectiveAt", "effective_at")))),
                new ColumnTable(RecordType.CONDITION, "patient_condition",
                        fields(List.of(patient()), coded("code"), List.of(
                                text("status", "clinical_status"), date("onsetDate", "onset_date"),
                                date("abatementDate", "abatement_date"), text("note")))),
                new ColumnTable(RecordType.ALLERGY, "allergy", fields(List.of(patient()), coded("substance"), List.of(
                        text("reaction"), text("severity"), text("status")))),
                new ColumnTable(RecordType.NOTE, "clinical_note", List.of(
                        patient(), encounter(), text("type", "note_type"), text("text"),
                        new FieldColumn("amends", "amends_note_id", ColumnKind.UUID))),
                new ColumnTable(RecordType.TREATMENT, "treatment",
                        fields(List.of(patient(), encounter()), coded("code"),
                                List.of(text("instructions"), text("status"), text("performedBy", "performed_by"),
                                        instant("startedAt", "started_at"), instant("completedAt", "completed_at"),
                                        text("outcome"), text("cancelReason", "cancel_reason")))));
    }

    private static FieldColumn decimal(String field, String column) {
        return new FieldColumn(field, column, ColumnKind.DECIMAL);
    }

    private static FieldColumn date(String field, String column) {
        return new FieldColumn(field, column, ColumnKind.DATE);
    }
}
