package org.medmesh.analytics.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.analytics.application.internal.UpdateTrigger.Action;

class UpdateTriggerTest {

    private static final UUID PATIENT = UUID.randomUUID();

    @Test
    void shouldScoreWhenAMappedObservationIsRecordedOrVoided() {
        String payload = "{\"code\":{\"system\":\"http://loinc.org\",\"code\":\"8480-6\",\"display\":\"SBP\"}}";
        assertThat(trigger("observation.recorded", payload)).isEqualTo(Action.SCORE);
        assertThat(trigger("observation.voided", payload)).isEqualTo(Action.SCORE);
        assertThat(trigger("observation.recorded", "{\"code\":{\"system\":\"https://medmesh.org/codes/heart-risk\","
                + "\"code\":\"thallium-scan\",\"display\":\"Thallium\"}}")).isEqualTo(Action.SCORE);
    }

    @Test
    void shouldIgnoreObservationsTheModelDoesNotUseAndOtherRecords() {
        assertThat(trigger("observation.recorded", "{\"code\":{\"system\":\"http://loinc.org\",\"code\":\"8867-4\","
                + "\"display\":\"Heart rate\"}}")).isNull();
        assertThat(trigger("observation.recorded", "{\"code\":{\"display\":\"free text\"}}")).isNull();
        assertThat(trigger("allergy.recorded", "{}")).isNull();
    }

    @Test
    void shouldScoreOnDemographicsAndEraseWhenAnalyticsUseIsWithdrawn() {
        assertThat(trigger("patient.registered", "{}")).isEqualTo(Action.SCORE);
        assertThat(trigger("patient.updated", "{}")).isEqualTo(Action.SCORE);
        assertThat(trigger("consent.changed", "{\"analyticsUse\":false}")).isEqualTo(Action.ERASE);
        assertThat(trigger("consent.changed", "{\"analyticsUse\":true}")).isEqualTo(Action.SCORE);
    }

    private static Action trigger(String type, String payload) {
        return UpdateTrigger.of(FeedWindowTest.event(type, PATIENT, payload, 0)).map(t -> {
            assertThat(t.patient()).isEqualTo(PATIENT);
            return t.action();
        }).orElse(null);
    }
}
