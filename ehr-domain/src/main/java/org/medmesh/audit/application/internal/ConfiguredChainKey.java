package org.medmesh.audit.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.audit.domain.model.ChainKey;
import org.medmesh.platform.config.HospitalProperty;

/**
 * The node's audit chain key from {@code hospital.audit.chain-key} (a secret of at least 32 bytes; a password alias in
 * the launcher), read once at start. Without one the node writes unkeyed entries (plain SHA-256, which anyone who can
 * insert rows can compute) and says so at start as loudly as a broker without TLS: lab networks only. A key that is too
 * short stops the deployment rather than weakening the chain unnoticed.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class ConfiguredChainKey {

    static final String PROPERTY = HospitalProperty.Names.AUDIT_CHAIN_KEY;
    private static final Logger LOG = Logger.getLogger(ConfiguredChainKey.class.getName());

    @Inject
    @ConfigProperty(name = PROPERTY)
    Optional<String> secret;

    private volatile ChainKey key = ChainKey.none();

    @PostConstruct
    void read() {
        String value = secret.map(String::strip).orElse("");
        if (value.isEmpty()) {
            LOG.severe(() -> "UNKEYED AUDIT CHAIN: " + PROPERTY + " is not set, so new audit entries are hashed with "
                    + "plain SHA-256, which anyone who can insert rows into the database can compute: a forged entry "
                    + "would verify. Lab networks only.");
            return;
        }
        try {
            key = ChainKey.of(value.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + ": " + e.getMessage(), e);
        }
        LOG.info(() -> "Audit chain keyed: new entries are hashed with chain key " + key.id());
    }

    /** The key new entries are hashed with and keyed entries verified with; {@link ChainKey#none()} without one. */
    public ChainKey key() {
        return key;
    }
}
