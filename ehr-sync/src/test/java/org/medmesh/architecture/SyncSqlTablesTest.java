package org.medmesh.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The replication module's SQL names only its own tables ({@code sync_…}) and the outbox it relays: the contexts keep
 * their records, and replication writes and reads them through the contexts' {@code ReplicaTable}s. The tables are
 * those the migrations create, so a new table is covered without editing this test.
 */
class SyncSqlTablesTest {

    private static final Path MIGRATIONS = Path.of("../db/migrations");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CREATED = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?`?([a-z_]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> REPLICATIONS_OWN = Set.of("outbox_event", "outbox_relay_lock");

    @Test
    void syncNamesNoTableOfTheContexts() throws IOException {
        Set<String> others = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path migration : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher created = CREATED.matcher(Files.readString(migration));
                while (created.find()) {
                    String table = created.group(1).toLowerCase();
                    if (!table.startsWith("sync_") && !REPLICATIONS_OWN.contains(table)) {
                        others.add(table);
                    }
                }
            }
        }
        assertThat(others).as("the contexts' tables, from the migrations").contains("patient", "observation",
                "patient_consent", "notification");

        Pattern named = Pattern.compile("\\b(?:from|into|update|join|table)\\s+(" + String.join("|", others)
                + ")\\b", Pattern.CASE_INSENSITIVE);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher sql = named.matcher(Files.readString(source));
                while (sql.find()) {
                    found.add(SOURCES.relativize(source) + ": " + sql.group());
                }
            }
        }
        assertThat(found).as("SQL in ehr-sync naming a context's table").isEmpty();
    }
}
