package org.medmesh.events.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.events.domain.model.EventOutbox;
import org.medmesh.events.domain.model.SequencedEvent;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.infrastructure.replication.ColumnKind;
import org.medmesh.shared.infrastructure.replication.PatientRecordGenerations;

@ApplicationScoped
public class JpaEventOutbox implements EventOutbox {

    @PersistenceContext(unitName = "hospital")
    private EntityManager em;

    /**
     * Joins the caller's transaction; there is no event without the change that caused it. A change of a patient's
     * record renews the patient's record generation in the same transaction, so no cached read of the patient's records
     * outlives it.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(DomainEvent event) {
        em.persist(new OutboxEventRow(event));
        if (event.patientId() != null) {
            em.createNativeQuery(PatientRecordGenerations.RENEW)
                    .setParameter(1, ColumnKind.bytes(event.patientId())).executeUpdate();
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DomainEvent> claimUnpublished(int max) {
        em.createNativeQuery("select id from outbox_relay_lock where id = 1 for update").getSingleResult();
        return em.createQuery("select e from OutboxEventRow e where e.publishedAt is null order by e.seq",
                OutboxEventRow.class).setMaxResults(max).getResultStream().map(OutboxEventRow::toEvent).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void markPublished(Collection<UUID> eventIds, Instant at) {
        if (!eventIds.isEmpty()) {
            em.createQuery("update OutboxEventRow e set e.publishedAt = :at where e.id in :ids")
                    .setParameter("at", at).setParameter("ids", eventIds).executeUpdate();
        }
    }

    @Override
    public List<SequencedEvent> after(long seq, int max) {
        return em.createQuery("select e from OutboxEventRow e where e.seq > :seq order by e.seq", OutboxEventRow.class)
                .setParameter("seq", seq).setMaxResults(max).getResultStream()
                .map(row -> new SequencedEvent(row.seq(), row.toEvent())).toList();
    }

    @Override
    public Optional<UUID> patientOf(UUID eventId) {
        return em.createQuery("select e.patientId from OutboxEventRow e where e.id = :id", UUID.class)
                .setParameter("id", eventId).getResultStream().filter(Objects::nonNull).findFirst();
    }

    @Override
    public Optional<Hlc> latestHlc() {
        String latest = em.createQuery("select max(e.hlc) from OutboxEventRow e", String.class).getSingleResult();
        return Optional.ofNullable(latest).map(Hlc::parse);
    }
}
