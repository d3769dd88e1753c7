package org.medmesh.identity.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.platform.config.HospitalProperty;

/**
 * PBKDF2 password hashing through Jakarta Security's {@link Pbkdf2PasswordHash}. The stored form names algorithm and
 * iterations, so raising the cost later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.PASSWORD_PBKDF2_ITERATIONS, defaultValue = "210000")
    int iterations;

    private String dummyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        dummyHash = pbkdf2.generate("not-a-real-password".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    /** Spends the time of one verification, so an unknown username is not told apart by timing. */
    public void verifyAgainstDummy(char[] password) {
        pbkdf2.verify(password, dummyHash);
    }
}
