package org.medmesh.events.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.VersionVector;

/** One row of the outbox table. {@code published_at} is set by the relay once the broker has the event. */
@Entity
@Table(name = "outbox_event")
public class OutboxEventRow {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "seq", insertable = false, updatable = false)
    private Long seq;

    @Column(name = "event_type", nullable = false, length = 64)
    private String type;

    @Column(name = "aggregate_type", nullable = false, length = 32)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    private UUID aggregateId;

    @Column(name = "patient_id")
    private UUID patientId;

    @Column(name = "origin_hospital", nullable = false, length = 32)
    private String originHospital;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "hlc", length = 64)
    private String hlc;

    @Column(name = "version_vector", length = 2000)
    private String vector;

    @Lob
    @Column(name = "payload", nullable = false)
    private String payload;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected OutboxEventRow() {
    }

    OutboxEventRow(DomainEvent event) {
        this.id = event.id();
        this.type = event.type();
        this.aggregateType = event.aggregateType();
        this.aggregateId = event.aggregateId();
        this.patientId = event.patientId();
        this.originHospital = event.originHospital();
        this.actor = event.actor();
        this.occurredAt = event.occurredAt();
        this.hlc = event.hlc().toString();
        this.vector = event.vector().toString();
        this.payload = event.payload();
    }

    long seq() {
        return seq;
    }

    DomainEvent toEvent() {
        return new DomainEvent(id, type, aggregateType, aggregateId, patientId, originHospital, actor, occurredAt,
                Hlc.parse(hlc), VersionVector.parse(vector), payload);
    }
}
