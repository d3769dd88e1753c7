package org.medmesh.identity.infrastructure.token;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/** An RSA key pair acting as a token issuer in tests: signs any header and claims, publishes itself as a JWK. */
final class TestIdp {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    final String kid;
    final KeyPair keys;

    TestIdp(String kid) {
        this.kid = kid;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    RSAPublicKey publicKey() {
        return (RSAPublicKey) keys.getPublic();
    }

    String sign(JsonObject claims) {
        JsonObjectBuilder header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT");
        if (kid != null) {
            header.add("kid", kid);
        }
        return sign(header.build(), claims);
    }

    String sign(JsonObject header, JsonObject claims) {
        return sign(keys.getPrivate(), header, claims);
    }

    static String sign(PrivateKey key, JsonObject header, JsonObject claims) {
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

    static String encode(JsonObject json) {
        return BASE64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A JWKS document holding this issuer's public key. */
    String jwks() {
        RSAPublicKey key = publicKey();
        return Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kty", "RSA").add("use", "sig").add("alg", "RS256").add("kid", kid)
                .add("n", BASE64URL.encodeToString(unsigned(key.getModulus().toByteArray())))
                .add("e", BASE64URL.encodeToString(unsigned(key.getPublicExponent().toByteArray()))))).build()
                .toString();
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
