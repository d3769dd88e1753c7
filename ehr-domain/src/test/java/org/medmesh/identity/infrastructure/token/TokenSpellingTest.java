package org.medmesh.identity.infrastructure.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.medmesh.identity.domain.model.TokenRejectedException;
import org.medmesh.identity.domain.model.TokenRejection;

/** A valid token has one spelling: revocation knows a token by its digest, so no other spelling of it may verify. */
class TokenSpellingTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final TestIdp HOSPITAL = new TestIdp(null);

    private final TokenVerifier verifier = new TokenVerifier(
            new TrustedIssuer("local", "medmesh-hospA", new PemKeySource(HOSPITAL.publicKey()), Optional.empty(),
                    "upn", "groups", Map.of("doctor", "doctor")),
            List.of(), Clock.fixed(NOW, ZoneOffset.UTC));

    private final String token = HOSPITAL.sign(Json.createObjectBuilder().add("iss", "medmesh-hospA")
            .add("upn", "dr.a").add("groups", Json.createArrayBuilder().add("doctor"))
            .add("iat", NOW.minusSeconds(60).getEpochSecond()).add("exp", NOW.plusSeconds(600).getEpochSecond())
            .build());

    @Test
    void shouldAcceptTheTokenAsSigned() {
        assertThat(verifier.verify(token).username()).isEqualTo("dr.a");
    }

    @Test
    void shouldRefuseTheSignatureWithStrayBitsInItsLastCharacter() {
        // A 2048-bit signature is 342 characters, the last carrying 2 bits and 4 unused ones.
        char last = token.charAt(token.length() - 1);
        String strayBit = token.substring(0, token.length() - 1) + BASE64URL.charAt(BASE64URL.indexOf(last) ^ 1);

        assertRefusedAsMalformed(strayBit);
    }

    @Test
    void shouldRefusePaddingWhiteSpaceAndForeignCharacters() {
        for (String other : List.of(token + "==", token + "\n", " " + token, token + "!", token.replaceFirst("\\.",
                ".\u00e9"))) {
            assertRefusedAsMalformed(other);
        }
    }

    private void assertRefusedAsMalformed(String spelling) {
        assertThatThrownBy(() -> verifier.verify(spelling)).isInstanceOfSatisfying(TokenRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(TokenRejection.MALFORMED));
    }
}
