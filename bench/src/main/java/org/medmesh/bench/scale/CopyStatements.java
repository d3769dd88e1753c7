package org.medmesh.bench.scale;

import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.medmesh.bench.scale.PatientTables.Column;
import org.medmesh.bench.scale.PatientTables.Table;

/**
 * The {@code INSERT ... SELECT} statements that copy the template patients' rows once per synthetic patient in the
 * scratch table: the synthetic patient's own values (id, MRN, names, birth date, sex; its name words) where it has
 * them, the template's everywhere else. Every patient copies the plain template, every tenth the chart template. An id
 * in a copied row becomes the new patient's id where it was the template patient's, and otherwise a value derived from
 * the old id and the new patient's, so references between copied rows (an observation's encounter) still hold.
 */
final class CopyStatements {

    static final String SCRATCH_PATIENT = "bench_scale_patient";
    static final String SCRATCH_TOKEN = "bench_scale_token";
    static final List<String> PATIENT_VALUES = List.of("id", "mrn", "given_name", "family_name", "sort_name",
            "birth_date", "sex");
    static final List<String> TOKEN_VALUES = List.of("patient_id", "token", "sort_name");

    private final String plain;
    private final String chart;

    CopyStatements(UUID plainTemplate, UUID chartTemplate) {
        this.plain = literal(plainTemplate);
        this.chart = literal(chartTemplate);
    }

    String patients(Table patient) {
        return insert(patient) + " SELECT " + values(patient, "t", Set.copyOf(PATIENT_VALUES)) + " FROM "
                + SCRATCH_PATIENT + " s JOIN patient t ON t.id = " + templateOf("s");
    }

    String nameTokens(Table token) {
        return insert(token) + " SELECT " + values(token, "t", Set.copyOf(TOKEN_VALUES)) + " FROM " + SCRATCH_TOKEN
                + " s JOIN (SELECT * FROM " + token.name() + " WHERE patient_id = " + plain + " LIMIT 1) t";
    }

    String records(Table table) {
        String values = table.columns().stream().map(this::recordValue).collect(Collectors.joining(", "));
        return insert(table) + " SELECT " + values + " FROM " + SCRATCH_PATIENT + " s JOIN " + table.name()
                + " r ON r.patient_id = " + templateOf("s");
    }

    private String recordValue(Column column) {
        String c = "r." + column.name();
        if (column.name().equals("patient_id")) {
            return "s.id";
        }
        if (!column.uuid()) {
            return c;
        }
        return "CASE WHEN " + c + " IS NULL THEN NULL WHEN " + c + " IN (" + plain + ", " + chart
                + ") THEN s.id ELSE UNHEX(MD5(CONCAT(" + c + ", s.id))) END";
    }

    private String templateOf(String scratch) {
        return "IF(MOD(" + scratch + ".n, " + SyntheticPatient.CHART_EVERY + ") = 0, " + chart + ", " + plain + ")";
    }

    private static String insert(Table table) {
        return "INSERT INTO " + table.name() + " (" + table.columns().stream().map(Column::name)
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String values(Table table, String template, Set<String> own) {
        return table.columns().stream().map(c -> (own.contains(c.name()) ? "s." : template + ".") + c.name())
                .collect(Collectors.joining(", "));
    }

    private static String literal(UUID id) {
        return "X'" + HexFormat.of().formatHex(SyntheticPatient.bytes(id)) + "'";
    }
}
