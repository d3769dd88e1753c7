package org.medmesh.identity.infrastructure.token;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses a JSON Web Key Set (RFC 7517) into its RSA signing keys by {@code kid}; other keys are skipped. */
final class Jwks {

    private Jwks() {
    }

    /** The RSA keys usable for RS256 signatures; fails when the document is not a key set. */
    static Map<String, RSAPublicKey> parse(JsonProvider json, String document) {
        JsonObject set;
        try {
            set = json.createReader(new StringReader(document)).readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object", e);
        }
        if (!set.containsKey("keys") || set.get("keys").getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException("no 'keys' array");
        }
        Map<String, RSAPublicKey> keys = new LinkedHashMap<>();
        for (JsonValue value : set.getJsonArray("keys")) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                continue;
            }
            JsonObject jwk = value.asJsonObject();
            if (!"RSA".equals(text(jwk, "kty")) || "enc".equals(text(jwk, "use"))
                    || (jwk.containsKey("alg") && !"RS256".equals(text(jwk, "alg")))) {
                continue;
            }
            String kid = text(jwk, "kid");
            keys.put(kid == null ? "" : kid, rsaKey(text(jwk, "n"), text(jwk, "e")));
        }
        return keys;
    }

    private static RSAPublicKey rsaKey(String modulus, String exponent) {
        if (modulus == null || exponent == null) {
            throw new IllegalArgumentException("an RSA key without n or e");
        }
        try {
            Base64.Decoder base64url = Base64.getUrlDecoder();
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, base64url.decode(modulus)), new BigInteger(1, base64url.decode(exponent))));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("an invalid RSA key", e);
        }
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }
}
