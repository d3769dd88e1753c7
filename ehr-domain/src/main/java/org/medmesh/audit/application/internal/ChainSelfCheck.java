package org.medmesh.audit.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.medmesh.audit.domain.model.AuditTrail;
import org.medmesh.audit.domain.model.AuditVerdict;

/** The audit chain verified in itself, once every entry admitted so far is chained. */
@ApplicationScoped
public class ChainSelfCheck {

    @Inject
    AuditTrail trail;

    @Inject
    ConfiguredChainKey chainKey;

    @Inject
    AuditQueue queue;

    AuditVerdict verify() {
        AuditQueue.await(queue.chainAdmitted());
        return trail.verify(chainKey.key());
    }
}
