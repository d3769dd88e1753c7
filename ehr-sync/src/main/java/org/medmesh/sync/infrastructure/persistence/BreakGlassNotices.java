package org.medmesh.sync.infrastructure.persistence;

import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.medmesh.notification.domain.model.Notification;
import org.medmesh.shared.domain.model.TimeOrderedUuid;

/**
 * A break-the-glass grant received from a peer notifies this hospital's administrators when the patient is registered
 * here (the home hospital is told of every emergency access to its patients) — once per grant, however often the grant
 * arrives (redelivery, repair).
 */
final class BreakGlassNotices {

    private BreakGlassNotices() {
    }

    static void notifyHome(Connection db, String hospital, JsonObject grant, LocalDateTime now) throws SQLException {
        JsonObject record = grant.getJsonObject("record");
        String grantedAt = record.getString("homeHospital");
        try (PreparedStatement insert = db.prepareStatement("insert ignore into notification (id, kind, subject_id, "
                + "patient_id, hospital, actor, reason, occurred_at, created_at) select ?, ?, ?, ?, ?, ?, ?, ?, ? "
                + "from patient where id = ? and (home_hospital = ? or ? = ?)")) {
            byte[] patient = ColumnKind.bytes(UUID.fromString(grant.getString("patientId")));
            insert.setBytes(1, ColumnKind.bytes(TimeOrderedUuid.next()));
            insert.setString(2, Notification.BREAK_GLASS);
            insert.setBytes(3, ColumnKind.bytes(UUID.fromString(grant.getString("id"))));
            insert.setBytes(4, patient);
            insert.setString(5, grantedAt);
            insert.setString(6, grant.getString("grantee"));
            insert.setString(7, grant.getString("reason"));
            insert.setObject(8, LocalDateTime.ofInstant(Instant.parse(record.getString("createdAt")), ZoneOffset.UTC));
            insert.setObject(9, now);
            insert.setBytes(10, patient);
            insert.setString(11, hospital);
            insert.setString(12, grantedAt);
            insert.setString(13, hospital);
            insert.executeUpdate();
        }
    }
}
