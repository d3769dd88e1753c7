package org.medmesh.analytics.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.analytics.domain.model.PseudonymKey;
import org.medmesh.platform.config.HospitalProperty;

/**
 * The hospital's pseudonym key from {@code hospital.analytics.pseudonym-key} (at least 32 bytes; a password alias in
 * production). Without one, nothing is scored and the risk API answers 503: a pseudonym made with a guessable key would
 * not be one.
 */
@ApplicationScoped
public class PseudonymKeys {

    static final String PROPERTY = HospitalProperty.Names.ANALYTICS_PSEUDONYM_KEY;
    private static final Logger LOG = Logger.getLogger(PseudonymKeys.class.getName());

    @Inject
    @ConfigProperty(name = PROPERTY)
    Optional<String> secret;

    private PseudonymKey key;
    private String problem;

    @PostConstruct
    void read() {
        String value = secret.map(String::strip).orElse("");
        if (value.isEmpty()) {
            problem = PROPERTY + " is not set on this node";
        } else {
            try {
                key = PseudonymKey.of(value.getBytes(StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                problem = PROPERTY + ": " + e.getMessage();
            }
        }
        if (problem != null) {
            LOG.warning(() -> "Risk scoring is off: " + problem);
        }
    }

    public Optional<PseudonymKey> key() {
        return Optional.ofNullable(key);
    }

    /** Why there is no key, for the operator. */
    public String problem() {
        return problem;
    }
}
