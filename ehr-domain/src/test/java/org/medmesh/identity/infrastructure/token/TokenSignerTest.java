package org.medmesh.identity.infrastructure.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenSignerTest {

    @TempDir
    Path dir;

    private KeyPair keys;
    private TokenSigner signer;

    @BeforeEach
    void writeKey() throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        Path pem = dir.resolve("jwt-private.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        signer = new TokenSigner();
        signer.privateKeyLocation = pem.toString();
        signer.loadKey();
    }

    @Test
    void shouldProduceAnRs256TokenVerifiableWithThePublicKey() throws GeneralSecurityException {
        String token = signer.sign(Json.createObjectBuilder().add("upn", "dr.a").add("exp", 1).build());
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(json(parts[0]).getString("alg")).isEqualTo("RS256");
        assertThat(json(parts[1]).getString("upn")).isEqualTo("dr.a");

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(keys.getPublic());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    @Test
    void shouldExplainAKeyInTheWrongFormat() throws IOException {
        Path pkcs1 = Files.writeString(dir.resolve("rsa.pem"), "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n");
        assertThatThrownBy(() -> TokenSigner.readPkcs8Pem(pkcs1)).hasMessageContaining("openssl pkcs8");
    }

    @Test
    void shouldNameAMissingKeyFile() {
        Path missing = dir.resolve("absent.pem");
        assertThatThrownBy(() -> TokenSigner.readPkcs8Pem(missing)).hasMessageContaining(missing.toString());
    }

    private static JsonObject json(String base64url) {
        String text = new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(text)).readObject();
    }
}
