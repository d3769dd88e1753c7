package org.medmesh.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.bench.scale.PatientTables.Column;
import org.medmesh.bench.scale.PatientTables.Table;

class CopyStatementsTest {

    private static final UUID PLAIN = new UUID(1, 1);
    private static final UUID CHART = new UUID(2, 2);
    private final CopyStatements copies = new CopyStatements(PLAIN, CHART);

    @Test
    void shouldTakeThePatientsOwnValuesAndTheTemplatesOthers() {
        String sql = copies.patients(new Table("patient", List.of(new Column("id", true), new Column("mrn", false),
                new Column("city", false))));

        assertThat(sql).startsWith("INSERT INTO patient (id, mrn, city) SELECT s.id, s.mrn, t.city FROM")
                .contains("X'00000000000000010000000000000001'", "X'00000000000000020000000000000002'");
    }

    @Test
    void shouldGiveCopiedRowsNewIdsThatStillReferToEachOther() {
        String sql = copies.records(new Table("observation", List.of(new Column("id", true),
                new Column("patient_id", true), new Column("encounter_id", true), new Column("code", false))));

        assertThat(sql).contains("s.id, CASE WHEN r.encounter_id IS NULL").contains("r.code FROM")
                .contains("UNHEX(MD5(CONCAT(r.id, s.id)))", "UNHEX(MD5(CONCAT(r.encounter_id, s.id)))");
    }
}
