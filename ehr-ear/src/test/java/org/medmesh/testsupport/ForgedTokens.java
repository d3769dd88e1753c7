package org.medmesh.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/** Builds tokens an attacker or a broken client might send: wrong key, expired, wrong issuer, tampered. */
public final class ForgedTokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private ForgedTokens() {
    }

    public static JsonObject claims(String issuer, String username, String role, Instant expires) {
        JsonArrayBuilder groups = Json.createArrayBuilder().add(role);
        return Json.createObjectBuilder().add("iss", issuer).add("sub", username).add("upn", username)
                .add("groups", groups).add("iat", expires.getEpochSecond() - 3600)
                .add("exp", expires.getEpochSecond()).add("jti", java.util.UUID.randomUUID().toString()).build();
    }

    public static String signedWith(PrivateKey key, JsonObject claims) {
        String header = BASE64URL
                .encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String input = header + "." + BASE64URL.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + BASE64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey strangerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey readPkcs8(Path pem) {
        try {
            String base64 = Files.readString(pem).replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token that claims to need no signature ({@code "alg":"none"}). */
    public static String unsigned(JsonObject claims) {
        String header = BASE64URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(
                StandardCharsets.UTF_8));
        return header + "." + BASE64URL.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** The same token with its payload swapped for other claims, signature unchanged. */
    public static String withPayload(String token, JsonObject claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + BASE64URL.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
    }
}
