package org.medmesh.identity.infrastructure.token;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs JSON Web Tokens with this hospital's RSA private key (RS256, as MicroProfile JWT requires). The key is a PKCS#8
 * PEM file named by {@code hospital.jwt.private-key.location}; the matching public key is what the API verifies against
 * ({@code mp.jwt.verify.publickey.location}).
 */
@ApplicationScoped
public class TokenSigner {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @Inject
    @ConfigProperty(name = "hospital.jwt.private-key.location")
    String privateKeyLocation;

    private PrivateKey privateKey;

    @PostConstruct
    void loadKey() {
        privateKey = readPkcs8Pem(Path.of(privateKeyLocation));
    }

    /** Signs the claims and returns the compact serialization {@code header.payload.signature}. */
    public String sign(JsonObject claims) {
        JsonObject header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build();
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign token with the configured key", e);
        }
    }

    private static String encode(JsonObject json) {
        return BASE64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
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
