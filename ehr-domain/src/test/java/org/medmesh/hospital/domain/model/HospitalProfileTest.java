package org.medmesh.hospital.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.medmesh.shared.domain.model.HospitalId;

class HospitalProfileTest {

    private static final HospitalId A = new HospitalId("hospA");

    @Test
    void shouldParseConfiguredPeers() {
        List<PeerHospital> peers = HospitalProfile
                .parsePeers(" hospB=tcp://127.0.0.1:32616 , hospC=tcp://127.0.0.1:33616,");
        assertThat(peers).containsExactly(
                new PeerHospital(new HospitalId("hospB"), "tcp://127.0.0.1:32616"),
                new PeerHospital(new HospitalId("hospC"), "tcp://127.0.0.1:33616"));
    }

    @Test
    void shouldTreatAnEmptyPeerListAsAStandaloneHospital() {
        assertThat(HospitalProfile.parsePeers("")).isEmpty();
        assertThat(HospitalProfile.parsePeers(null)).isEmpty();
    }

    @Test
    void shouldRejectAPeerWithoutBrokerUrl() {
        assertThatThrownBy(() -> HospitalProfile.parsePeers("hospB")).hasMessageContaining("id=brokerUrl");
        assertThatThrownBy(() -> HospitalProfile.parsePeers("hospB=")).hasMessageContaining("no broker URL");
    }

    @Test
    void shouldRejectItselfAsPeer() {
        List<PeerHospital> peers = HospitalProfile.parsePeers("hospA=tcp://x:1");
        assertThatThrownBy(() -> new HospitalProfile(A, "A", "1", peers)).hasMessageContaining("itself");
    }

    @Test
    void shouldRejectADuplicatePeer() {
        List<PeerHospital> peers = HospitalProfile.parsePeers("hospB=tcp://x:1,hospB=tcp://y:2");
        assertThatThrownBy(() -> new HospitalProfile(A, "A", "1", peers)).hasMessageContaining("twice");
    }

    @Test
    void shouldRequireAName() {
        assertThatThrownBy(() -> new HospitalProfile(A, " ", "1", List.of())).hasMessageContaining("no name");
    }
}
