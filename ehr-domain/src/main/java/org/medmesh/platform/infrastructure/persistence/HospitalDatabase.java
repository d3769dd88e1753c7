package org.medmesh.platform.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The hospital's own MariaDB database. The connection comes from MicroProfile Config ({@code hospital.db.url},
 * {@code hospital.db.user}, {@code hospital.db.password}), so one EAR serves every hospital. At deploy the schema is
 * migrated with Flyway before anything else uses it.
 */
@DataSourceDefinition(name = HospitalDatabase.JNDI_NAME, className = "org.mariadb.jdbc.MariaDbDataSource", url = "${MPCONFIG=hospital.db.url}", user = "${MPCONFIG=hospital.db.user}", password = "${MPCONFIG=hospital.db.password}", minPoolSize = 2, maxPoolSize = 32, isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED)
@Singleton(name = "HospitalDatabase")
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class HospitalDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/hospital";

    private static final Logger LOG = Logger.getLogger(HospitalDatabase.class.getName());

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> String.format("Database schema at version %s (%d migration(s) applied in %d ms)",
                result.targetSchemaVersion == null ? "unchanged" : result.targetSchemaVersion,
                result.migrationsExecuted, (System.nanoTime() - started) / 1_000_000));
    }
}
