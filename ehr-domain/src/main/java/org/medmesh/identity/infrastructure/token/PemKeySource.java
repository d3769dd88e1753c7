package org.medmesh.identity.infrastructure.token;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/** This hospital's own verification key: one X.509 PEM public key ({@code hospital.jwt.public-key.location}). */
final class PemKeySource implements KeySource {

    private final RSAPublicKey key;

    PemKeySource(RSAPublicKey key) {
        this.key = key;
    }

    /** Reads the key from a {@code file:} URL or a plain path. */
    static PemKeySource read(String location) {
        Path file = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            if (!pem.contains("-----BEGIN PUBLIC KEY-----")) {
                throw new IllegalStateException("JWT verification key " + file + " is not an X.509 PEM public key");
            }
            String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return new PemKeySource((RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64))));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read JWT verification key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("JWT verification key " + file + " is not a valid RSA public key", e);
        }
    }

    @Override
    public Optional<RSAPublicKey> key(String kid) {
        return Optional.of(key);
    }
}
