package org.medmesh.shared.infrastructure.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.clinical.application.replica.ClinicalStates.ObservationState;
import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.clinical.domain.model.Observation;
import org.medmesh.clinical.domain.model.ObservationValue;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.replica.ReplicaState;
import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.RecordType;
import org.medmesh.shared.domain.model.Stamp;

/**
 * A replicated state as it travels (JSON-B, as the outbox writes it) and as a receiving hospital stores it: each field
 * in its column; a state written before the contract (the REST view's JSON) upcast to the same columns; a newer schema
 * version refused.
 */
class ReplicaStatesWireTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Instant AT = Instant.parse("2026-12-05T10:15:30.123456Z");
    private static final UUID PATIENT = UUID.randomUUID();
    private static final ColumnTable OBSERVATIONS = ColumnTable.of(RecordType.OBSERVATION, "observation",
            ObservationState.class);

    @Test
    void anObservationTravelsAsItsStateAndIsStoredColumnByColumn() {
        Observation pulse = pulse();

        JsonObject wire = parse(JSONB.toJson(ObservationState.of(pulse)));
        Map<String, Object> stored = stored(wire);

        assertThat(wire.getInt(ReplicaState.SCHEMA_VERSION_FIELD)).isEqualTo(ObservationState.SCHEMA_VERSION);
        assertThat(stored).containsEntry("id", ColumnKind.bytes(pulse.id()))
                .containsEntry("patient_id", ColumnKind.bytes(PATIENT)).containsEntry("category", "VITAL_SIGNS")
                .containsEntry("code_system", CodedConcept.LOINC).containsEntry("code", "8867-4")
                .containsEntry("display", "Heart rate").containsEntry("value_unit", "/min")
                .containsEntry("interpretation", "NORMAL").containsEntry("home_hospital", "hospA")
                .containsEntry("created_by", "nurse.a")
                .containsEntry("effective_at", LocalDateTime.ofInstant(AT, ZoneOffset.UTC))
                .containsEntry("voided_at", null).containsEntry("encounter_id", null);
        assertThat((BigDecimal) stored.get("value_quantity")).isEqualByComparingTo("72");
        assertThat(stored.keySet()).hasSize(OBSERVATIONS.columns().size());
    }

    @Test
    void aStateWrittenBeforeTheContractIsUpcastToTheSameColumns() {
        JsonObject current = parse(JSONB.toJson(ObservationState.of(pulse())));
        JsonObject record = Json.createObjectBuilder(current.getJsonObject("record")).add("voided", false)
                .add("version", 3).build();
        JsonObject viewJson = Json.createObjectBuilder(current).remove(ReplicaState.SCHEMA_VERSION_FIELD)
                .add("record", record).add("author", "nurse.a").build();

        JsonObject upcast = OBSERVATIONS.upcast(viewJson);

        assertThat(upcast.getInt(ReplicaState.SCHEMA_VERSION_FIELD)).isEqualTo(1);
        assertThat(stored(viewJson)).usingRecursiveComparison().isEqualTo(stored(current));
    }

    @Test
    void aStateOfANewerSchemaVersionIsRefused() {
        JsonObject newer = Json.createObjectBuilder(parse(JSONB.toJson(ObservationState.of(pulse()))))
                .add(ReplicaState.SCHEMA_VERSION_FIELD, ObservationState.SCHEMA_VERSION + 1).build();

        assertThatThrownBy(() -> OBSERVATIONS.upcast(newer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newer than this hospital understands");
    }

    /** A state type with a field kept nowhere. */
    record Unstored(int schemaVersion, UUID id, String kept) implements ReplicaState {

        public static final int SCHEMA_VERSION = 1;
    }

    @Test
    void aStateFieldWithoutAColumnIsRefused() {
        assertThatThrownBy(() -> ColumnTable.of(RecordType.NOTE, "clinical_note", Unstored.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unstored.id");
    }

    @Test
    void aTableNeedsAnUpcasterPerSchemaVersion() {
        assertThatThrownBy(() -> OBSERVATIONS.upcasting(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 1 upcasters");
    }

    private static Observation pulse() {
        return new Observation(new PatientId(PATIENT), null, null,
                new CodedConcept(CodedConcept.LOINC, "8867-4", "pulse"),
                ObservationValue.quantity(new BigDecimal("72"), "/min"), AT,
                new Stamp("nurse.a", new HospitalId("hospA"), AT));
    }

    private static Map<String, Object> stored(JsonObject wire) {
        List<Object> values = OBSERVATIONS.values(OBSERVATIONS.upcast(wire));
        Map<String, Object> byColumn = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            byColumn.put(OBSERVATIONS.columns().get(i).column(), values.get(i));
        }
        return byColumn;
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
