package org.medmesh.analytics.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class PseudonymKeyTest {

    private static final byte[] SECRET = "a secret of thirty-two bytes ...".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_SECRET = "another secret, also 32 bytes ..".getBytes(StandardCharsets.US_ASCII);
    private static final UUID PATIENT = UUID.fromString("0190f1d2-7a3b-7c4d-8e5f-60718293a4b5");

    @Test
    void shouldGiveTheSamePseudonymForTheSameIdAndKey() {
        assertThat(PseudonymKey.of(SECRET).pseudonymOf(PATIENT))
                .isEqualTo(PseudonymKey.of(SECRET.clone()).pseudonymOf(PATIENT));
    }

    @Test
    void shouldDeriveTheSameIdFromTheSameSourceAndNoneMatchingItsPseudonym() {
        PseudonymKey key = PseudonymKey.of(SECRET);
        UUID derived = key.derivedId(PATIENT);

        assertThat(PseudonymKey.of(SECRET.clone()).derivedId(PATIENT)).isEqualTo(derived);
        assertThat(PseudonymKey.of(OTHER_SECRET).derivedId(PATIENT)).isNotEqualTo(derived);
        assertThat(key.pseudonymOf(PATIENT).value()).doesNotStartWith(derived.toString().replace("-", ""));
    }

    @Test
    void shouldGiveAnotherPseudonymUnderAnotherKeyOrForAnotherId() {
        Pseudonym pseudonym = PseudonymKey.of(SECRET).pseudonymOf(PATIENT);

        assertThat(PseudonymKey.of(OTHER_SECRET).pseudonymOf(PATIENT)).isNotEqualTo(pseudonym);
        assertThat(PseudonymKey.of(SECRET).pseudonymOf(UUID.randomUUID())).isNotEqualTo(pseudonym);
    }

    @Test
    void shouldBeTheHmacSha256OfTheIdsSixteenBytes() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        byte[] id = HexFormat.of().parseHex(PATIENT.toString().replace("-", ""));

        assertThat(PseudonymKey.of(SECRET).pseudonymOf(PATIENT).value())
                .isEqualTo(HexFormat.of().formatHex(mac.doFinal(id)));
    }

    @Test
    void shouldRefuseAShortKeyAndNeverPrintTheSecret() {
        assertThatThrownBy(() -> PseudonymKey.of(new byte[16])).hasMessageContaining("at least 32 bytes");
        assertThat(PseudonymKey.of(SECRET).toString()).doesNotContain("secret of");
    }

    @Test
    void shouldRefuseAPseudonymThatIsNotSixtyFourHexDigits() {
        assertThatThrownBy(() -> new Pseudonym(PATIENT.toString())).isInstanceOf(IllegalArgumentException.class);
    }
}
