package org.medmesh.sync.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.audit.application.AnchoredVerdict;
import org.medmesh.audit.application.AuditAnchoring;
import org.medmesh.platform.config.HospitalProperty;
import org.medmesh.sync.application.AnchoredAuditVerification;

@Stateless
public class DefaultAnchoredAuditVerification implements AnchoredAuditVerification {

    @Inject
    AuditCheckpointExchange exchange;

    @Inject
    AuditAnchoring anchoring;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.AUDIT_ANCHOR_WAIT_SECONDS, defaultValue = "5")
    int waitSeconds;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AnchoredVerdict verify() {
        UUID query = exchange.askPeers();
        return anchoring.verify(query, exchange.peers(), Duration.ofSeconds(waitSeconds));
    }
}
