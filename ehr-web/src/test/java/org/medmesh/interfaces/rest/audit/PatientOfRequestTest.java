package org.medmesh.interfaces.rest.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

class PatientOfRequestTest {

    private static final UUID ANNA = UUID.fromString("01a20708-b9bf-77e7-abc4-617ae30061cb");
    private static final UUID BERT = UUID.fromString("01a20708-b9bf-77e7-abc4-617ae30061cc");

    /** Like a patient search hit: the patient is its {@code id}. */
    record Hit(UUID id, String familyName) {
    }

    /** Like a clinical record: the patient is its {@code patientId}. */
    record Observation(UUID id, UUID patientId) {
    }

    /** Like a record naming its patient by a value type. */
    record Notice(PatientId patientId) {
    }

    @Test
    void shouldTakeThePatientSearchsHitsByTheirIds() {
        Page<Hit> page = new Page<>(List.of(new Hit(ANNA, "Audit"), new Hit(BERT, "Audit")), 0, 20, false);

        assertThat(PatientOfRequest.exposed("patients", page, null)).containsExactly(ANNA, BERT);
    }

    @Test
    void shouldTakeTheOtherListsRecordsByTheirPatientIds() {
        List<Observation> list = List.of(new Observation(BERT, ANNA), new Observation(ANNA, BERT),
                new Observation(UUID.randomUUID(), ANNA));

        assertThat(PatientOfRequest.exposed("observations", new Page<>(list, 0, 20, false), null))
                .containsExactly(ANNA, BERT);
        assertThat(PatientOfRequest.exposed("admin/notifications", List.of(new Notice(new PatientId(BERT))), null))
                .containsExactly(BERT);
    }

    @Test
    void shouldLeaveOutThePatientTheRequestIsAbout() {
        List<Observation> list = List.of(new Observation(UUID.randomUUID(), ANNA));

        assertThat(PatientOfRequest.exposed("observations", list, ANNA)).isEmpty();
    }

    @Test
    void shouldFindNoneInAnAnswerThatIsNoList() {
        assertThat(PatientOfRequest.exposed("patients", new Hit(ANNA, "Audit"), null)).isEmpty();
        assertThat(PatientOfRequest.exposed("observations", new Observation(BERT, ANNA), null)).isEmpty();
        assertThat(PatientOfRequest.exposed("patients", "{\"status\":403}", null)).isEmpty();
        assertThat(PatientOfRequest.exposed("patients", null, null)).isEmpty();
    }

    @Test
    void shouldRecordAtMostAThousand() {
        List<Observation> many = Stream.generate(() -> new Observation(ANNA, UUID.randomUUID())).limit(1_500)
                .toList();

        assertThat(PatientOfRequest.exposed("observations", many, null)).hasSize(PatientOfRequest.MAX_EXPOSED);
    }
}
