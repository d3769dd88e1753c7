package org.medmesh.interfaces.web.ward;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.medmesh.clinical.application.ObservationService;
import org.medmesh.clinical.domain.model.KnownObservation;
import org.medmesh.clinical.domain.model.ObservationValue;
import org.medmesh.interfaces.web.audit.PageAudit;
import org.medmesh.interfaces.web.audit.PageMessages;
import org.medmesh.patient.domain.model.PatientId;

/**
 * One round of observations typed on the chart, recorded together, now, in the open encounter: one audited write (all
 * or none), then the chart again with what was recorded. What the chart's vitals and results forms share.
 *
 * @param what what the page calls one of them ("vital sign", "result")
 */
record ObservationRound(ChartPage chart, ObservationService observations, PageAudit audit, String action,
        String what) {

    void record(List<KnownObservation> filled, Function<KnownObservation, ObservationValue> value) throws IOException {
        UUID patient = chart.getPatientId();
        if (patient == null || filled.isEmpty()) {
            PageMessages.failed(new IllegalArgumentException("enter at least one " + what));
            return;
        }
        UUID encounter = chart.openEncounter();
        Instant now = Instant.now();
        PatientId id = new PatientId(patient);
        try {
            audit.write(ChartPage.PAGE + "/" + action, patient, () -> {
                filled.forEach(k -> observations.record(id, encounter, k.category(), k.concept(), value.apply(k),
                        now));
                return filled.size();
            }, recorded -> patient);
        } catch (RuntimeException e) {
            PageMessages.failed(e);
            return;
        }
        PageMessages.done("Recorded " + filled.size() + " " + what + (filled.size() == 1 ? "." : "s."));
        ChartPage.reload(patient);
    }
}
