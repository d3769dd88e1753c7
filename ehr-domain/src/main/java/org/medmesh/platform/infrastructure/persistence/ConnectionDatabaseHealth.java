package org.medmesh.platform.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.medmesh.platform.application.DatabaseHealth;

/** The database's health, found by opening a connection and asking the driver whether it is valid. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConnectionDatabaseHealth implements DatabaseHealth {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = HospitalDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public Status check() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return new Status(true, connection.getMetaData().getDatabaseProductVersion());
            }
            return new Status(false, "connection not valid");
        } catch (SQLException e) {
            return new Status(false, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
