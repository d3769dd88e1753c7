package org.medmesh.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.math.BigInteger;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
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
        return signedWith(key, Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build(), claims);
    }

    /** Claims signed with RS256 under any header (for example one naming a {@code kid}, or claiming another alg). */
    public static String signedWith(PrivateKey key, JsonObject header, JsonObject claims) {
        String input = encode(header) + "." + encode(claims);
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

    /** A token with an unsigned header such as {@code {"alg":"none"}} and an empty signature. */
    public static String unsigned(JsonObject header, JsonObject claims) {
        return encode(header) + "." + encode(claims) + ".";
    }

    /** A JWKS document (RFC 7517) publishing this RSA public key under {@code kid}. */
    public static String jwks(RSAPublicKey key, String kid) {
        return Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kty", "RSA").add("use", "sig").add("alg", "RS256").add("kid", kid)
                .add("n", BASE64URL.encodeToString(unsignedBytes(key.getModulus())))
                .add("e", BASE64URL.encodeToString(unsignedBytes(key.getPublicExponent()))))).build().toString();
    }

    private static byte[] unsignedBytes(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String encode(JsonObject json) {
        return BASE64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The same token with its payload swapped for other claims, signature unchanged. */
    public static String withPayload(String token, JsonObject claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }
}
