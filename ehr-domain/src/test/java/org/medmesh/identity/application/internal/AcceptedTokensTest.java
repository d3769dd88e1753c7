package org.medmesh.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medmesh.identity.application.AuthenticatedCaller;

class AcceptedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private final AcceptedTokens tokens = new AcceptedTokens();

    @BeforeEach
    void recheckEveryTwoSeconds() {
        tokens.recheckSeconds = 2;
    }

    private static AuthenticatedCaller nurseUntil(Instant expiry) {
        return new AuthenticatedCaller("nurse.a", Set.of("nurse"), "hospA", expiry);
    }

    @Test
    void shouldAdmitARememberedTokenUntilTheRecheckIsDue() {
        tokens.remember("t1", nurseUntil(NOW.plusSeconds(3600)), tokens.generation(), NOW);

        assertThat(tokens.find("t1", NOW.plusMillis(1999))).isPresent();
        assertThat(tokens.find("t1", NOW.plusSeconds(2))).isEmpty();
    }

    @Test
    void shouldNeverAdmitATokenPastItsExpiry() {
        tokens.remember("t1", nurseUntil(NOW.plusMillis(500)), tokens.generation(), NOW);

        assertThat(tokens.find("t1", NOW.plusMillis(499))).isPresent();
        assertThat(tokens.find("t1", NOW.plusMillis(500))).isEmpty();
    }

    @Test
    void shouldForgetEveryAdmissionOnAChange() {
        tokens.remember("t1", nurseUntil(NOW.plusSeconds(3600)), tokens.generation(), NOW);
        tokens.remember("t2", nurseUntil(NOW.plusSeconds(3600)), tokens.generation(), NOW);

        tokens.forgetAll();

        assertThat(tokens.find("t1", NOW)).isEmpty();
        assertThat(tokens.find("t2", NOW)).isEmpty();
    }

    @Test
    void shouldNotRememberACheckThatBeganBeforeAChange() {
        long checkedFrom = tokens.generation();
        tokens.forgetAll();

        tokens.remember("t1", nurseUntil(NOW.plusSeconds(3600)), checkedFrom, NOW);

        assertThat(tokens.find("t1", NOW)).isEmpty();
    }

    @Test
    void shouldStayBoundedInSize() {
        for (int i = 0; i <= AcceptedTokens.MOST_REMEMBERED; i++) {
            tokens.remember("t" + i, nurseUntil(NOW.plusSeconds(3600)), tokens.generation(), NOW);
        }

        assertThat(tokens.find("t" + AcceptedTokens.MOST_REMEMBERED, NOW)).isPresent();
        assertThat(tokens.find("t0", NOW)).isEmpty();
    }
}
