package org.medmesh.bench.scale;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

/**
 * The synthetic patients of one chunk and their name words, in two scratch tables of the node's database, from which
 * {@link CopyStatements} copies them into the node's tables. Filled with {@code LOAD DATA LOCAL INFILE} from memory;
 * where the server refuses that, with batched inserts.
 */
final class ScratchTables {

    private static final Logger LOG = Logger.getLogger(ScratchTables.class.getName());

    private final Connection db;
    private boolean loadDataRefused;

    ScratchTables(Connection db) throws SQLException {
        this.db = db;
        drop();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("CREATE TABLE " + CopyStatements.SCRATCH_PATIENT + " (n INT NOT NULL PRIMARY KEY, "
                    + "id BINARY(16) NOT NULL, mrn VARCHAR(40) NOT NULL, given_name VARCHAR(100) NOT NULL, "
                    + "family_name VARCHAR(100) NOT NULL, sort_name VARCHAR(201) NOT NULL, birth_date DATE NOT NULL, "
                    + "sex VARCHAR(8) NOT NULL) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 "
                    + "COLLATE = utf8mb4_unicode_ci");
            ddl.execute("CREATE TABLE " + CopyStatements.SCRATCH_TOKEN + " (patient_id BINARY(16) NOT NULL, "
                    + "token VARCHAR(100) NOT NULL, sort_name VARCHAR(201) NOT NULL) ENGINE = InnoDB "
                    + "DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin");
        }
    }

    /** Replaces the scratch tables' content with these patients; returns how many name words they have. */
    int fill(List<SyntheticPatient> patients) throws SQLException {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("DELETE FROM " + CopyStatements.SCRATCH_PATIENT);
            ddl.execute("DELETE FROM " + CopyStatements.SCRATCH_TOKEN);
        }
        HexFormat hex = HexFormat.of();
        StringBuilder patientLines = new StringBuilder(patients.size() * 100);
        StringBuilder tokenLines = new StringBuilder(patients.size() * 120);
        int tokens = 0;
        for (SyntheticPatient p : patients) {
            String id = hex.formatHex(p.idBytes());
            String sortName = p.sortName();
            patientLines.append(p.n()).append('\t').append(id).append('\t').append(p.mrn()).append('\t')
                    .append(p.givenName()).append('\t').append(p.familyName()).append('\t').append(sortName)
                    .append('\t').append(p.birthDate()).append('\t').append(p.sex()).append('\n');
            for (String token : p.tokens()) {
                tokenLines.append(id).append('\t').append(token).append('\t').append(sortName).append('\n');
                tokens++;
            }
        }
        if (!loadDataRefused) {
            try {
                loadData(CopyStatements.SCRATCH_PATIENT, "(n, @id, mrn, given_name, family_name, sort_name, "
                        + "birth_date, sex) SET id = UNHEX(@id)", patientLines);
                loadData(CopyStatements.SCRATCH_TOKEN, "(@id, token, sort_name) SET patient_id = UNHEX(@id)",
                        tokenLines);
                return tokens;
            } catch (SQLException e) {
                loadDataRefused = true;
                LOG.warning(() -> "LOAD DATA LOCAL INFILE refused (" + e.getMessage()
                        + "); loading with batched inserts instead");
                try (Statement ddl = db.createStatement()) {
                    ddl.execute("DELETE FROM " + CopyStatements.SCRATCH_PATIENT);
                    ddl.execute("DELETE FROM " + CopyStatements.SCRATCH_TOKEN);
                }
            }
        }
        insertBatches(patients);
        return tokens;
    }

    private void loadData(String table, String columns, CharSequence lines) throws SQLException {
        try (Statement load = db.createStatement()) {
            load.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(new ByteArrayInputStream(lines
                    .toString().getBytes(StandardCharsets.UTF_8)));
            load.execute("LOAD DATA LOCAL INFILE 'bench-scale.tsv' INTO TABLE " + table + " CHARACTER SET utf8mb4 "
                    + "FIELDS TERMINATED BY '\\t' ESCAPED BY '' LINES TERMINATED BY '\\n' " + columns);
        }
    }

    private void insertBatches(List<SyntheticPatient> patients) throws SQLException {
        try (PreparedStatement patient = db.prepareStatement("INSERT INTO " + CopyStatements.SCRATCH_PATIENT
                + " (n, id, mrn, given_name, family_name, sort_name, birth_date, sex) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement token = db.prepareStatement("INSERT INTO " + CopyStatements.SCRATCH_TOKEN
                        + " (patient_id, token, sort_name) VALUES (?, ?, ?)")) {
            for (SyntheticPatient p : patients) {
                patient.setInt(1, p.n());
                patient.setBytes(2, p.idBytes());
                patient.setString(3, p.mrn());
                patient.setString(4, p.givenName());
                patient.setString(5, p.familyName());
                patient.setString(6, p.sortName());
                patient.setObject(7, p.birthDate());
                patient.setString(8, p.sex());
                patient.addBatch();
                for (String word : p.tokens()) {
                    token.setBytes(1, p.idBytes());
                    token.setString(2, word);
                    token.setString(3, p.sortName());
                    token.addBatch();
                }
            }
            patient.executeBatch();
            token.executeBatch();
        }
    }

    void drop() throws SQLException {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS " + CopyStatements.SCRATCH_PATIENT);
            ddl.execute("DROP TABLE IF EXISTS " + CopyStatements.SCRATCH_TOKEN);
        }
    }
}
