package org.medmesh.platform.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.medmesh.platform.application.SchemaHealth;

/** The schema's health: the newest successful migration the database records against this release's newest. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MigratedSchemaHealth implements SchemaHealth {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = HospitalDatabase.JNDI_NAME)
    private DataSource dataSource;

    @EJB
    HospitalDatabase database;

    @Override
    public Status check() {
        String expected = database.releaseSchemaVersion();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT version FROM flyway_schema_history"
                        + " WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            query.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet row = query.executeQuery()) {
                String found = row.next() ? row.getString(1) : "none";
                return found.equals(expected)
                        ? new Status(true, "version " + found)
                        : new Status(false, "the database is at version " + found + ", this release at " + expected);
            }
        } catch (SQLException e) {
            return new Status(false, "the database did not answer");
        }
    }
}
