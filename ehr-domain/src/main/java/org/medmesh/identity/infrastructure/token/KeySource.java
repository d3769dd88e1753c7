package org.medmesh.identity.infrastructure.token;

import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

/** The RSA public keys of one trusted issuer. */
interface KeySource {

    /** The key with this id ({@code kid}); {@code kid} may be null when the issuer has one key. */
    Optional<RSAPublicKey> key(String kid);
}
