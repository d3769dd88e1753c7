package org.medmesh.interfaces.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;
import org.medmesh.interfaces.rest.problem.BearerChallenge;

class BearerChallengeFilterTest {

    @Test
    void shouldChallengeA401WithoutOne() {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        BearerChallengeFilter.challenge(401, headers);
        assertThat(headers.get("WWW-Authenticate")).containsExactly("Bearer realm=\"medmesh\"");
    }

    @Test
    void shouldKeepTheChallengeOfARefusedToken() {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        headers.putSingle("WWW-Authenticate", BearerChallenge.INVALID_TOKEN);
        BearerChallengeFilter.challenge(401, headers);
        assertThat(headers.get("WWW-Authenticate"))
                .containsExactly("Bearer realm=\"medmesh\", error=\"invalid_token\"");
    }

    @Test
    void shouldChallengeNothingButA401() {
        for (int status : new int[]{200, 400, 403, 412, 428}) {
            MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
            BearerChallengeFilter.challenge(status, headers);
            assertThat(headers).as("status " + status).isEmpty();
        }
    }
}
