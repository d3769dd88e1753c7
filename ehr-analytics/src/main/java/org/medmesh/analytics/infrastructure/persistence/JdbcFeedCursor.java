package org.medmesh.analytics.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import org.medmesh.analytics.domain.model.FeedCursor;

/**
 * The feed's position, one row of {@code analytics_feed_cursor}, locked with {@code SELECT ... FOR UPDATE} for the
 * round's transaction: the database, not a cache, keeps a second server instance's feed waiting.
 */
@ApplicationScoped
public class JdbcFeedCursor implements FeedCursor {

    @Resource(lookup = Jdbc.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public long lock() {
        try (Connection db = dataSource.getConnection();
                PreparedStatement query = db.prepareStatement(
                        "select last_seq from analytics_feed_cursor where id = 1 for update");
                ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("analytics_feed_cursor has no row: the V9 migration did not run");
            }
            return row.getLong(1);
        } catch (SQLException e) {
            throw new StoreFailure("cannot lock the analytics feed cursor", e);
        }
    }

    @Override
    public void advance(long seq) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement update = db.prepareStatement(
                        "update analytics_feed_cursor set last_seq = ?, moved_at = ? where id = 1")) {
            update.setLong(1, seq);
            update.setObject(2, Jdbc.utc(Instant.now()));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure("cannot move the analytics feed cursor", e);
        }
    }
}
