package org.medmesh.identity.infrastructure.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.platform.config.HospitalProperty;

/**
 * Signs JSON Web Tokens with this hospital's RSA private key (RS256, as MicroProfile JWT requires), by Nimbus
 * JOSE+JWT's {@link RSASSASigner}, which also refuses a key shorter than 2048 bits. The key is a PKCS#8 PEM file named
 * by {@code hospital.jwt.private-key.location}; the matching public key is what the API verifies against
 * ({@code hospital.jwt.public-key.location}).
 */
@ApplicationScoped
public class TokenSigner {

    private static final JWSHeader HEADER = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build();

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.JWT_PRIVATE_KEY_LOCATION)
    String privateKeyLocation;

    private RSASSASigner signer;

    @PostConstruct
    void loadKey() {
        Path file = Path.of(privateKeyLocation);
        try {
            signer = new RSASSASigner(readPkcs8Pem(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("JWT signing key " + file + ": " + e.getMessage(), e);
        }
    }

    /** Signs the claims, as they are, and returns the compact serialization {@code header.payload.signature}. */
    public String sign(JsonObject claims) {
        JWSObject token = new JWSObject(HEADER, new Payload(claims.toString()));
        try {
            token.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign token with the configured key", e);
        }
        return token.serialize();
    }

    static PrivateKey readPkcs8Pem(Path file) {
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
                throw new IllegalStateException("JWT signing key " + file + " is not a PKCS#8 PEM private key "
                        + "(convert with: openssl pkcs8 -topk8 -nocrypt)");
            }
            String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read JWT signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("JWT signing key " + file + " is not a valid RSA key", e);
        }
    }
}
