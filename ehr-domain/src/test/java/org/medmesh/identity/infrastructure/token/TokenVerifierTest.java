package org.medmesh.identity.infrastructure.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.medmesh.identity.domain.model.TokenRejectedException;
import org.medmesh.identity.domain.model.TokenRejection;

class TokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final TestIdp HOSPITAL = new TestIdp(null);
    private static final TestIdp IDP = new TestIdp("idp-key-1");

    private final TokenVerifier verifier = new TokenVerifier(
            new TrustedIssuer("local", "medmesh-hospA", new PemKeySource(HOSPITAL.publicKey()), Optional.empty(),
                    "upn", "groups", Map.of("doctor", "doctor", "nurse", "nurse", "admin", "admin")),
            List.of(new TrustedIssuer("idp", "https://idp.example.org", kid -> "idp-key-1".equals(kid)
                    ? Optional.of(IDP.publicKey())
                    : Optional.empty(), Optional.of("medmesh"), "preferred_username", "roles",
                    Map.of("ehr-doctor", "doctor", "ehr-nurse", "nurse"))),
            Clock.fixed(NOW, ZoneOffset.UTC), JsonProvider.provider());

    private static JsonObjectBuilder local() {
        return Json.createObjectBuilder().add("iss", "medmesh-hospA").add("sub", "s1").add("upn", "dr.a")
                .add("groups", Json.createArrayBuilder().add("doctor")).add("jti", "j1")
                .add("iat", NOW.minusSeconds(60).getEpochSecond()).add("exp", NOW.plusSeconds(600).getEpochSecond());
    }

    private static JsonObjectBuilder external() {
        return Json.createObjectBuilder().add("iss", "https://idp.example.org").add("sub", "x9")
                .add("preferred_username", "dr.a").add("aud", Json.createArrayBuilder().add("other").add("medmesh"))
                .add("roles", Json.createArrayBuilder().add("ehr-doctor").add("offline_access"))
                .add("iat", NOW.minusSeconds(60).getEpochSecond()).add("exp", NOW.plusSeconds(600).getEpochSecond());
    }

    private void assertRefused(String token, TokenRejection reason) {
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOfSatisfying(TokenRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void shouldAcceptThisHospitalsTokenWithItsRole() {
        VerifiedToken token = verifier.verify(HOSPITAL.sign(local().build()));

        assertThat(token.local()).isTrue();
        assertThat(token.username()).isEqualTo("dr.a");
        assertThat(token.roles()).containsExactly("doctor");
        assertThat(token.issuedAt()).isEqualTo(NOW.minusSeconds(60));
    }

    @Test
    void shouldAcceptAnExternalIssuersTokenMappingItsRolesAndIgnoringUnmappedOnes() {
        VerifiedToken token = verifier.verify(IDP.sign(external().build()));

        assertThat(token.local()).isFalse();
        assertThat(token.issuerName()).isEqualTo("idp");
        assertThat(token.username()).isEqualTo("dr.a");
        assertThat(token.roles()).isEqualTo(Set.of("doctor"));
    }

    @Test
    void shouldAcceptASingleAudienceStringAndRolesAsASpaceSeparatedString() {
        VerifiedToken token = verifier.verify(IDP.sign(external().add("aud", "medmesh")
                .add("roles", "ehr-nurse unrelated").build()));

        assertThat(token.roles()).containsExactly("nurse");
    }

    @Test
    void shouldRefuseWhatIsNotACompactJwt() {
        assertRefused("not-a-token", TokenRejection.MALFORMED);
        assertRefused("a.b.c", TokenRejection.MALFORMED);
        assertRefused(HOSPITAL.sign(local().build()) + ".extra", TokenRejection.MALFORMED);
    }

    @Test
    void shouldRefuseAlgNoneAndHmacAndEveryAlgorithmButRs256() {
        String claims = TestIdp.encode(local().build());
        assertRefused(TestIdp.encode(Json.createObjectBuilder().add("alg", "none").build()) + "." + claims + ".",
                TokenRejection.MALFORMED);
        assertRefused(TestIdp.encode(Json.createObjectBuilder().add("alg", "none").build()) + "." + claims + ".AAAA",
                TokenRejection.UNSUPPORTED_ALGORITHM);
        for (String alg : List.of("HS256", "RS512", "PS256", "ES256", "rs256")) {
            assertRefused(HOSPITAL.sign(Json.createObjectBuilder().add("alg", alg).build(), local().build()),
                    TokenRejection.UNSUPPORTED_ALGORITHM);
        }
        assertRefused(HOSPITAL.sign(Json.createObjectBuilder().add("alg", "RS256")
                .add("crit", Json.createArrayBuilder().add("exp")).build(), local().build()),
                TokenRejection.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void shouldRefuseAnotherHospitalsIssuerEvenWithAValidSignature() {
        assertRefused(HOSPITAL.sign(local().add("iss", "medmesh-hospB").build()), TokenRejection.UNTRUSTED_ISSUER);
        assertRefused(HOSPITAL.sign(local().remove("iss").build()), TokenRejection.UNTRUSTED_ISSUER);
    }

    @Test
    void shouldRefuseAnUnknownKeyId() {
        TestIdp impostor = new TestIdp("idp-key-2");
        assertRefused(impostor.sign(external().build()), TokenRejection.UNKNOWN_KEY);
    }

    @Test
    void shouldRefuseABadSignature() {
        TestIdp stranger = new TestIdp(null);
        assertRefused(stranger.sign(local().build()), TokenRejection.BAD_SIGNATURE);
        assertRefused(new TestIdp("idp-key-1").sign(external().build()), TokenRejection.BAD_SIGNATURE);
        String valid = HOSPITAL.sign(local().build());
        String[] parts = valid.split("\\.");
        assertRefused(parts[0] + "." + TestIdp.encode(local().add("groups", Json.createArrayBuilder().add("admin"))
                .build()) + "." + parts[2], TokenRejection.BAD_SIGNATURE);
    }

    @Test
    void shouldRefuseExpiredTokensBeyondTheClockSkew() {
        assertRefused(HOSPITAL.sign(local().add("exp", NOW.minusSeconds(31).getEpochSecond()).build()),
                TokenRejection.EXPIRED);
        assertThat(verifier.verify(HOSPITAL.sign(local().add("exp", NOW.minusSeconds(10).getEpochSecond()).build())))
                .isNotNull();
    }

    @Test
    void shouldRefuseTokensNotValidYet() {
        assertRefused(HOSPITAL.sign(local().add("iat", NOW.plusSeconds(120).getEpochSecond()).build()),
                TokenRejection.NOT_YET_VALID);
        assertRefused(HOSPITAL.sign(local().add("nbf", NOW.plusSeconds(120).getEpochSecond()).build()),
                TokenRejection.NOT_YET_VALID);
        assertThat(verifier.verify(HOSPITAL.sign(local().add("iat", NOW.plusSeconds(5).getEpochSecond()).build())))
                .isNotNull();
    }

    @Test
    void shouldRefuseMissingClaims() {
        for (String claim : List.of("exp", "iat", "upn", "groups")) {
            assertRefused(HOSPITAL.sign(local().remove(claim).build()), TokenRejection.MISSING_CLAIM);
        }
        assertRefused(HOSPITAL.sign(local().add("exp", "tomorrow").build()), TokenRejection.MISSING_CLAIM);
        assertRefused(IDP.sign(external().remove("preferred_username").build()), TokenRejection.MISSING_CLAIM);
        assertRefused(IDP.sign(external().remove("roles").build()), TokenRejection.MISSING_CLAIM);
    }

    @Test
    void shouldRefuseAnExternalTokenForAnotherAudience() {
        assertRefused(IDP.sign(external().add("aud", "someone-else").build()), TokenRejection.WRONG_AUDIENCE);
        assertRefused(IDP.sign(external().remove("aud").build()), TokenRejection.WRONG_AUDIENCE);
    }

    @Test
    void shouldRefuseEveryTokenClaimingTheSystemRole() {
        assertRefused(HOSPITAL.sign(local().add("groups", Json.createArrayBuilder().add("doctor").add("system"))
                .build()), TokenRejection.SYSTEM_ROLE);
        assertRefused(IDP.sign(external().add("roles", Json.createArrayBuilder().add("system")).build()),
                TokenRejection.SYSTEM_ROLE);
    }

    @Test
    void shouldRefuseATokenGrantingNoneOfOurRoles() {
        assertRefused(HOSPITAL.sign(local().add("groups", Json.createArrayBuilder().add("superuser")).build()),
                TokenRejection.NO_ROLE);
        assertRefused(IDP.sign(external().add("roles", Json.createArrayBuilder().add("doctor")).build()),
                TokenRejection.NO_ROLE);
    }

    @Test
    void shouldNotLetAnExternalIssuerSignAsThisHospital() {
        JsonObject claims = local().build();
        assertRefused(IDP.sign(claims), TokenRejection.BAD_SIGNATURE);
    }
}
