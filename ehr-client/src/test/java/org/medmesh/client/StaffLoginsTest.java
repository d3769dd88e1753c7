package org.medmesh.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.medmesh.client.StaffLogins.StaffLogin;

class StaffLoginsTest {

    @Test
    void shouldReadOneLoginPerLineSkippingCommentsAndBlankLines() {
        List<StaffLogin> logins = StaffLogins.parse(List.of("# demo staff of hospA", "", "  nurse.a:nurse:pa:ss:word ",
                "doctor.a:doctor:secret"));

        assertThat(logins).containsExactly(new StaffLogin("nurse.a", "nurse", "pa:ss:word"),
                new StaffLogin("doctor.a", "doctor", "secret"));
        assertThat(StaffLogins.withRole(logins, "doctor").username()).isEqualTo("doctor.a");
    }

    @Test
    void shouldRefuseAMissingRoleAndABrokenLineWithoutRepeatingIt() {
        List<StaffLogin> logins = StaffLogins.parse(List.of("nurse.a:nurse:x"));

        assertThatThrownBy(() -> StaffLogins.withRole(logins, "admin")).hasMessageContaining("role admin");
        assertThatThrownBy(() -> StaffLogins.parse(List.of("nurse.a:topsecret"))).isInstanceOf(
                IllegalArgumentException.class).hasMessageNotContaining("topsecret");
    }
}
