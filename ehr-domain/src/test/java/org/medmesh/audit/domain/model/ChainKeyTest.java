package org.medmesh.audit.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class ChainKeyTest {

    private static final byte[] SECRET = "chain-key-test-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CONTENT = "1:1;".getBytes(StandardCharsets.UTF_8);

    @Test
    void isNamedByTheFirstSixteenHexDigitsOfItsSha256() throws NoSuchAlgorithmException {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SECRET));

        assertThat(ChainKey.of(SECRET).id()).isEqualTo(sha256.substring(0, 16));
        assertThat(ChainKey.none().id()).isNull();
    }

    @Test
    void macsWithHmacSha256AndWithoutAKeyHashesWithPlainSha256() throws Exception {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(SECRET, "HmacSHA256"));

        assertThat(ChainKey.of(SECRET).mac(CONTENT)).isEqualTo(HexFormat.of().formatHex(hmac.doFinal(CONTENT)));
        assertThat(ChainKey.none().mac(CONTENT)).isEqualTo(HexFormat.of().formatHex(MessageDigest
                .getInstance("SHA-256").digest(CONTENT)));
    }

    @Test
    void refusesASecretShorterThan32Bytes() {
        assertThatThrownBy(() -> ChainKey.of(new byte[31])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }

    @Test
    void neverPrintsTheSecret() {
        assertThat(ChainKey.of(SECRET).toString()).doesNotContain("chain-key-test-secret")
                .contains(ChainKey.of(SECRET).id());
    }
}
