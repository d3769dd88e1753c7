package org.medmesh.platform.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source seen only as a {@link DataSource}. Payara chooses a pool's kind from the interfaces of its
 * class: MariaDB's own class is also an {@code XADataSource}, so every transaction of the node went through the
 * two-phase coordinator (half the statements of a write were XA control). This class offers plain connections, so the
 * pool runs local transactions. That keeps every guarantee because each transaction of the node uses this one database
 * and nothing else: the broker clients are not enlisted, and the outbox carries what must reach the broker.
 *
 * <p>
 * The setters are those a {@code @DataSourceDefinition} calls (url, user, password).
 */
public final class LocalTransactionDataSource implements DataSource {

    private final MariaDbDataSource target = new MariaDbDataSource();

    public String getUrl() {
        return target.getUrl();
    }

    public void setUrl(String url) throws SQLException {
        target.setUrl(url);
    }

    public String getUser() {
        return target.getUser();
    }

    public void setUser(String user) throws SQLException {
        target.setUser(user);
    }

    public void setPassword(String password) throws SQLException {
        target.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return target.getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
