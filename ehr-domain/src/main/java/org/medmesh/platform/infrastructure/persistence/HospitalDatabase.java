package org.medmesh.platform.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.medmesh.platform.config.HospitalProperty;

/**
 * The hospital's own MariaDB database. The connection comes from MicroProfile Config ({@code hospital.db.url},
 * {@code hospital.db.user}, {@code hospital.db.password}), so one EAR serves every hospital. At deploy the schema is
 * migrated with Flyway before anything else uses it.
 *
 * <p>
 * With a schema owner configured ({@code hospital.db.owner.user}, {@code hospital.db.owner.password}) the migrations
 * run as the owner and the application's own account keeps only what it needs at run time, granted after each migration
 * ({@link RuntimePrivileges}): no DDL, and the audit trail insert-only. Without one, the application's account owns the
 * schema (a one-account database; the audit trail then rests on its triggers and hash chain).
 *
 * <p>
 * The pool runs local transactions ({@link LocalTransactionDataSource}): every transaction of the node uses this one
 * database and nothing else, so the two-phase commit an {@code XADataSource} forced on each of them bought nothing.
 *
 * <p>
 * A connection handed out is checked ({@code isValid}, at most once per 5 s each) and, when one has failed, the whole
 * pool is renewed: after the database restarts, the first request gets a fresh connection instead of a dead one.
 */
@DataSourceDefinition(name = HospitalDatabase.JNDI_NAME, className = "org.medmesh.platform.infrastructure.persistence.LocalTransactionDataSource", url = "${MPCONFIG="
        + HospitalProperty.Names.DB_URL
        + "}", user = "${MPCONFIG=" + HospitalProperty.Names.DB_USER + "}", password = "${MPCONFIG="
                + HospitalProperty.Names.DB_PASSWORD
                + "}", minPoolSize = 2, maxPoolSize = 32, isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED, properties = {
                        "fish.payara.is-connection-validation-required=true",
                        "fish.payara.connection-validation-method=custom-validation",
                        "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                        "fish.payara.validate-atmost-once-period-in-seconds=5",
                        "fish.payara.fail-all-connections=true"})
@Singleton(name = "HospitalDatabase")
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class HospitalDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/hospital";

    private static final Logger LOG = Logger.getLogger(HospitalDatabase.class.getName());

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.DB_URL)
    String url;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.DB_OWNER_USER)
    Optional<String> owner;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.DB_OWNER_PASSWORD)
    Optional<String> ownerPassword;

    private volatile String releaseVersion = "none";

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        FluentConfiguration flyway = Flyway.configure(getClass().getClassLoader())
                .locations("classpath:db/migration")
                .failOnMissingLocations(true);
        if (owner.filter(name -> !name.isBlank()).isPresent()) {
            flyway.dataSource(url, owner.get(), ownerPassword.orElseThrow(() -> new IllegalStateException(
                    "hospital.db.owner.user is set but hospital.db.owner.password is not")));
        } else {
            LOG.warning("hospital.db.owner.user is not set: the application's database account owns the schema, "
                    + "so it could alter the audit trail (its triggers and hash chain still reveal changes). "
                    + "Configure a schema owner for production (docs/privacy.md).");
            flyway.dataSource(dataSource);
        }
        Flyway migrations = flyway.load();
        MigrateResult result = migrations.migrate();
        releaseVersion = Arrays.stream(migrations.info().all()).filter(m -> m.getState().isResolved())
                .map(MigrationInfo::getVersion).filter(Objects::nonNull).max(MigrationVersion::compareTo)
                .map(MigrationVersion::getVersion).orElse("none");
        LOG.info(() -> String.format("Database schema at version %s (%d migration(s) applied in %d ms)",
                result.targetSchemaVersion == null ? "unchanged" : result.targetSchemaVersion,
                result.migrationsExecuted, (System.nanoTime() - started) / 1_000_000));
        if (owner.filter(name -> !name.isBlank()).isPresent()) {
            grantRuntimePrivileges(flyway.getDataSource());
        }
    }

    /** The newest migration of this release, as the migration history records versions ("24"). */
    public String releaseSchemaVersion() {
        return releaseVersion;
    }

    private void grantRuntimePrivileges(DataSource asOwner) {
        try (Connection runtime = dataSource.getConnection(); Connection schemaOwner = asOwner.getConnection()) {
            String role = RuntimePrivileges.roleOf(runtime);
            int tables = RuntimePrivileges.grant(schemaOwner, role);
            LOG.info(() -> String.format("Runtime account privileges granted to role %s on %d table(s); the audit "
                    + "trail is insert-only for it", role, tables));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot grant the runtime account its privileges: " + e.getMessage(), e);
        }
    }
}
