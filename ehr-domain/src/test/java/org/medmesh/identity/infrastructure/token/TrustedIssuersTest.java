package org.medmesh.identity.infrastructure.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedIssuersTest {

    @Test
    void shouldMapTheIssuersRoleNamesToOurs() {
        assertThat(TrustedIssuers.roleMap("p", "ehr-doctor=doctor, ward-nurse = Nurse,"))
                .containsEntry("ehr-doctor", "doctor").containsEntry("ward-nurse", "nurse").hasSize(2);
    }

    @Test
    void shouldRefuseAMappingToTheSystemRoleOrAnUnknownRole() {
        assertThatThrownBy(() -> TrustedIssuers.roleMap("hospital.auth.issuer.idp.role-map", "peer=system"))
                .hasMessageContaining("hospital.auth.issuer.idp.role-map").hasMessageContaining("unknown role");
        assertThatThrownBy(() -> TrustedIssuers.roleMap("p", "just-a-name")).hasMessageContaining("theirs=ours");
    }
}
