package org.medmesh.bench.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.medmesh.bench.network.HospitalNode;
import org.medmesh.patient.domain.model.SearchableName;

/**
 * The scale scenario's limit: the ward's lookups as plain SQL over JDBC on the node's database, each on a connection of
 * a small pool, every row and column read. Name search is the family-name prefix on the node's indexed sort name (one
 * index range, in order, a page long); the chart is the statements the node's chart issues (patient, active problems,
 * allergies, prescriptions, the latest 201 observations and 6 encounters).
 */
final class RawLookups implements AutoCloseable {

    static final int CONNECTIONS = 8;
    private static final String BY_PATIENT = " WHERE patient_id = ? AND voided_at IS NULL ORDER BY created_at DESC,"
            + " id DESC";

    private final BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(CONNECTIONS);
    private final ExecutorService workers = Executors.newFixedThreadPool(CONNECTIONS, r -> new Thread(r, "raw-sql"));

    RawLookups(HospitalNode node) throws SQLException {
        for (int i = 0; i < CONNECTIONS; i++) {
            pool.add(node.connect());
        }
    }

    CompletableFuture<Integer> search(String typed) {
        return run(List.of(new Sql("SELECT * FROM patient WHERE sort_name LIKE ? AND voided_at IS NULL "
                + "ORDER BY sort_name, id LIMIT 21", SearchableName.fold(typed) + "%")));
    }

    CompletableFuture<Integer> mrn(String mrn) {
        return run(List.of(new Sql("SELECT * FROM patient WHERE mrn = ? AND voided_at IS NULL", mrn)));
    }

    CompletableFuture<Integer> patient(UUID id) {
        return run(List.of(patientById(id)));
    }

    CompletableFuture<Integer> chart(UUID id) {
        byte[] key = SyntheticPatient.bytes(id);
        return run(List.of(patientById(id), new Sql("SELECT * FROM patient_condition" + BY_PATIENT, key),
                new Sql("SELECT * FROM allergy" + BY_PATIENT, key), new Sql("SELECT * FROM prescription"
                        + BY_PATIENT, key),
                new Sql("SELECT * FROM observation" + BY_PATIENT + " LIMIT 201", key),
                new Sql("SELECT * FROM encounter" + BY_PATIENT + " LIMIT 6", key)));
    }

    private static Sql patientById(UUID id) {
        return new Sql("SELECT * FROM patient WHERE id = ?", SyntheticPatient.bytes(id));
    }

    /** Runs the statements on a pooled connection; completes with the number of rows read. */
    private CompletableFuture<Integer> run(List<Sql> statements) {
        return CompletableFuture.supplyAsync(() -> {
            Connection db = pool.poll();
            if (db == null) {
                throw new IllegalStateException("no free connection");
            }
            try {
                int rows = 0;
                for (Sql sql : statements) {
                    rows += sql.read(db);
                }
                return rows;
            } catch (SQLException e) {
                throw new CompletionException(e);
            } finally {
                pool.add(db);
            }
        }, workers);
    }

    private record Sql(String text, Object parameter) {

        int read(Connection db) throws SQLException {
            try (PreparedStatement query = db.prepareStatement(text)) {
                query.setObject(1, parameter);
                try (ResultSet rows = query.executeQuery()) {
                    int count = 0;
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            rows.getObject(c);
                        }
                        count++;
                    }
                    return count;
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        workers.shutdownNow();
        for (Connection db : pool) {
            db.close();
        }
    }
}
