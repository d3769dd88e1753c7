package org.medmesh.shared.infrastructure.replication;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medmesh.shared.domain.model.RecordType;
import org.medmesh.shared.domain.model.ReplicatedRecord;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every replicated record type is kept whole: each entity that is a {@link ReplicatedRecord} has a replica table, and
 * the replica table writes exactly the entity's columns as Hibernate maps them (the replication stamps and the local
 * version aside). A column added to an entity and its migration but forgotten in the replica table would silently stay
 * empty at every other hospital; this test names it. Entities and replica tables are found by scanning the classes, not
 * from a list.
 */
class ReplicaTablesCoverageTest {

    /** Kept by replication itself (stamps) or local to each hospital (optimistic lock). */
    private static final Set<String> NOT_REPLICATED = Set.of("change_hlc", "version_vector", "version");

    private static StandardServiceRegistry registry;
    private static Metadata mapping;
    private static Map<String, ColumnTable> replicaTables;
    private static List<Class<?>> replicatedEntities;

    @BeforeAll
    static void readMappingAndReplicaTables() throws ReflectiveOperationException {
        List<JavaClass> classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.medmesh").stream().toList();
        List<Class<?>> entities = classes.stream().filter(c -> c.isAnnotatedWith(Entity.class))
                .map(JavaClass::reflect).<Class<?>>map(c -> c).toList();
        replicatedEntities = entities.stream().filter(ReplicatedRecord.class::isAssignableFrom).toList();
        registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.dialect", "org.hibernate.dialect.MariaDBDialect")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false").build();
        MetadataSources sources = new MetadataSources(registry);
        entities.forEach(sources::addAnnotatedClass);
        mapping = sources.buildMetadata();
        replicaTables = new HashMap<>();
        for (JavaClass type : classes) {
            if (!type.isInterface() && type.getAllRawInterfaces().stream()
                    .anyMatch(i -> i.isEquivalentTo(ReplicatedRecordTypes.class))) {
                ReplicatedRecordTypes context = (ReplicatedRecordTypes) type.reflect().getDeclaredConstructor()
                        .newInstance();
                for (ReplicaTable table : context.tables()) {
                    ColumnTable columns = (ColumnTable) table;
                    replicaTables.put(columns.table(), columns);
                }
            }
        }
    }

    @AfterAll
    static void close() {
        StandardServiceRegistryBuilder.destroy(registry);
    }

    @Test
    void everyReplicatedEntityHasAReplicaTableWritingExactlyItsColumns() {
        assertThat(replicatedEntities).as("replicated entities found by the scan").hasSizeGreaterThanOrEqualTo(11);
        for (Class<?> entity : replicatedEntities) {
            PersistentClass mapped = mapping.getEntityBinding(entity.getName());
            String table = mapped.getTable().getName();
            assertThat(replicaTables).as("a replica table for " + entity.getSimpleName()).containsKey(table);
            Set<String> entityColumns = new TreeSet<>();
            for (Column column : mapped.getTable().getColumns()) {
                entityColumns.add(column.getName());
            }
            entityColumns.removeAll(NOT_REPLICATED);
            Set<String> written = new TreeSet<>();
            replicaTables.get(table).columns().forEach(c -> written.add(c.column()));
            assertThat(written).as("columns the replica table of " + entity.getSimpleName() + " writes")
                    .isEqualTo(entityColumns);
        }
    }

    @Test
    void everyRecordTypeOfTheContractHasExactlyOneReplicaTable() {
        List<RecordType> kept = replicaTables.values().stream().map(ColumnTable::recordType).toList();
        assertThat(kept).containsExactlyInAnyOrder(RecordType.values());
    }

    @Test
    void everyReplicaTableKeepsAReplicatedEntity() {
        Set<String> entityTables = new TreeSet<>();
        replicatedEntities.forEach(e -> entityTables.add(mapping.getEntityBinding(e.getName()).getTable().getName()));
        assertThat(entityTables).containsAll(replicaTables.keySet());
    }
}
