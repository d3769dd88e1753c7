package org.medmesh.sync.infrastructure.persistence;

import static org.medmesh.sync.infrastructure.persistence.ColumnKind.BOOLEAN;
import static org.medmesh.sync.infrastructure.persistence.ColumnKind.DATE;
import static org.medmesh.sync.infrastructure.persistence.ColumnKind.DECIMAL;
import static org.medmesh.sync.infrastructure.persistence.ColumnKind.INSTANT;
import static org.medmesh.sync.infrastructure.persistence.ColumnKind.INTEGER;
import static org.medmesh.sync.infrastructure.persistence.ColumnKind.TEXT;
import static org.medmesh.sync.infrastructure.persistence.ColumnKind.UUID;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.medmesh.sync.domain.model.ReplicationPolicy;

/**
 * Every replicated record type, by the aggregate type its events carry. A field added to a view and its table must be
 * added here too; the sync container test replicates a chart holding every type and compares it field by field.
 */
final class RecordTables {

    private static final Map<String, RecordTable> BY_TYPE = List.of(
            new RecordTable("patient", "patient", List.of(
                    text("mrn"), text("nationalId", "national_id"), text("givenName", "given_name"),
                    text("familyName", "family_name"), new FieldColumn("birthDate", "birth_date", DATE),
                    text("sex"), text("phone"), text("email"), text("addressLine", "address_line"), text("city"),
                    text("postalCode", "postal_code"), text("country"), text("sortName", "sort_name")),
                    PatientIndex::withSortName),
            new RecordTable("encounter", "encounter", List.of(
                    patient(), text("type", "encounter_type"), text("ward"), text("attending"),
                    instant("startedAt", "started_at"), instant("endedAt", "ended_at"), text("status"))),
            new RecordTable("observation", "observation", join(List.of(
                    patient(), encounter(), text("category")), coded("code"),
                    List.of(
                            new FieldColumn("value", "value_quantity", DECIMAL), text("unit", "value_unit"),
                            text("answer", "value_answer"), new FieldColumn("referenceLow", "reference_low", DECIMAL),
                            new FieldColumn("referenceHigh", "reference_high", DECIMAL), text("interpretation"),
                            instant("effectiveAt", "effective_at")))),
            new RecordTable("condition", "patient_condition", join(List.of(patient()), coded("code"), List.of(
                    text("status", "clinical_status"), new FieldColumn("onsetDate", "onset_date", DATE),
                    new FieldColumn("abatementDate", "abatement_date", DATE), text("note")))),
            new RecordTable("allergy", "allergy", join(List.of(patient()), coded("substance"), List.of(
                    text("reaction"), text("severity"), text("status")))),
            new RecordTable("note", "clinical_note", List.of(
                    patient(), encounter(), text("type", "note_type"), text("text"),
                    new FieldColumn("amends", "amends_note_id", UUID))),
            new RecordTable("treatment", "treatment", join(List.of(patient(), encounter()), coded("code"), List.of(
                    text("instructions"), text("status"), text("performedBy", "performed_by"),
                    instant("startedAt", "started_at"), instant("completedAt", "completed_at"), text("outcome"),
                    text("cancelReason", "cancel_reason")))),
            new RecordTable("prescription", "prescription", join(List.of(patient(), encounter()), coded("drug"),
                    List.of(new FieldColumn("dose", "dose", DECIMAL), text("doseUnit", "dose_unit"), text("route"),
                            text("frequency"), new FieldColumn("durationDays", "duration_days", INTEGER),
                            text("instructions"), text("status"), text("overrideReason", "override_reason"),
                            text("overriddenConflicts", "overridden_conflicts"),
                            text("cancelReason", "cancel_reason")))),
            new RecordTable("dispensing", "dispensing", List.of(
                    patient(), new FieldColumn("prescriptionId", "prescription_id", UUID), text("quantity"),
                    text("note"))),
            new RecordTable("consent", "patient_consent", List.of(
                    patient(), new FieldColumn("sharingWithHospitals", "sharing_with_hospitals", BOOLEAN),
                    instant("sharingChangedAt", "sharing_changed_at"), text("sharingChangedBy", "sharing_changed_by"),
                    text("sharingReason", "sharing_reason"), new FieldColumn("analyticsUse", "analytics_use", BOOLEAN),
                    instant("analyticsChangedAt", "analytics_changed_at"),
                    text("analyticsChangedBy", "analytics_changed_by"), text("analyticsReason", "analytics_reason"))),
            new RecordTable(ReplicationPolicy.BREAK_GLASS, "break_glass_grant", List.of(
                    patient(), text("grantee"), text("reason"), instant("expiresAt", "expires_at"))))
            .stream().collect(Collectors.toUnmodifiableMap(RecordTable::aggregateType, Function.identity()));

    private RecordTables() {
    }

    /** The table of a record type; refuses a type this hospital does not know (a newer peer, a corrupt message). */
    static RecordTable of(String aggregateType) {
        RecordTable table = BY_TYPE.get(aggregateType);
        if (table == null) {
            throw new IllegalArgumentException("not a replicated record type: " + aggregateType);
        }
        return table;
    }

    static List<RecordTable> all() {
        return BY_TYPE.values().stream().sorted((a, b) -> a.table().compareTo(b.table())).toList();
    }

    private static FieldColumn text(String field) {
        return new FieldColumn(field, field, TEXT);
    }

    private static FieldColumn text(String field, String column) {
        return new FieldColumn(field, column, TEXT);
    }

    private static FieldColumn instant(String field, String column) {
        return new FieldColumn(field, column, INSTANT);
    }

    private static FieldColumn patient() {
        return new FieldColumn("patientId", "patient_id", UUID);
    }

    private static FieldColumn encounter() {
        return new FieldColumn("encounterId", "encounter_id", UUID);
    }

    private static List<FieldColumn> coded(String field) {
        return List.of(text(field + ".system", "code_system"), text(field + ".code", "code"),
                text(field + ".display", "display"));
    }

    @SafeVarargs
    private static List<FieldColumn> join(List<FieldColumn>... parts) {
        List<FieldColumn> all = new ArrayList<>();
        Arrays.stream(parts).forEach(all::addAll);
        return all;
    }
}
