package org.medmesh.identity.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaffAccountTest {

    @Test
    void shouldStartEnabledWithTheGivenRole() {
        StaffAccount account = new StaffAccount(StaffId.next(), "dr.house", "Gregory House", StaffRole.DOCTOR,
                "PBKDF2WithHmacSHA512:1:c2FsdA==:aGFzaA==", Instant.EPOCH, "admin.a");
        assertThat(account.enabled()).isTrue();
        assertThat(account.role().roleName()).isEqualTo("doctor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Dr.House", "dr house", ".dr", "dr:house"})
    void shouldRejectMalformedUsernames(String username) {
        assertThatThrownBy(() -> StaffAccount.requireUsername(username))
                .hasMessageContaining("username must be");
    }

    @Test
    void shouldMapRoleNamesBothWays() {
        for (StaffRole role : StaffRole.values()) {
            assertThat(StaffRole.fromRoleName(role.roleName().toUpperCase())).isEqualTo(role);
        }
        assertThatThrownBy(() -> StaffRole.fromRoleName("surgeon")).hasMessageContaining("unknown role 'surgeon'");
    }
}
