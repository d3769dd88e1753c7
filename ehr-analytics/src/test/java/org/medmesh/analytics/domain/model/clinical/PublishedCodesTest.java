package org.medmesh.analytics.domain.model.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.clinical.domain.model.KnownObservation;
import org.medmesh.clinical.domain.model.ObservationCatalogue;

/**
 * The mapping holds copies of published codes, so analytics needs nothing of the clinical module at run time; this test
 * (ehr-domain is a test dependency only) fails when the catalogue and the copies part.
 */
class PublishedCodesTest {

    @Test
    void shouldUseTheCodeSystemsOfTheCatalogue() {
        assertThat(ObservationMapping.LOINC).isEqualTo(CodedConcept.LOINC);
        assertThat(ObservationMapping.HEART_RISK).isEqualTo(CodedConcept.HEART_RISK);
    }

    @Test
    void shouldMapOnlyQuantitiesTheCatalogueKnows() {
        for (ObservationMapping.Code code : ObservationMapping.QUANTITIES.values()) {
            assertThat(known(code)).hasValueSatisfying(k -> assertThat(k.coded()).isFalse());
        }
        assertThat(known(ObservationMapping.FASTING_GLUCOSE)).hasValueSatisfying(k -> assertThat(k.unit())
                .isEqualTo("mg/dL"));
    }

    @Test
    void shouldMapEveryAnswerTheCatalogueAllows() {
        for (Map.Entry<Feature, ObservationMapping.CodedAnswers> coded : ObservationMapping.ANSWERS.entrySet()) {
            assertThat(known(coded.getValue().code())).hasValueSatisfying(k -> assertThat(k.answers())
                    .containsExactlyInAnyOrderElementsOf(coded.getValue().answers()));
            assertThat(coded.getValue().answers()).hasSameSizeAs(coded.getKey().codes());
        }
    }

    private static Optional<KnownObservation> known(ObservationMapping.Code code) {
        return ObservationCatalogue.lookup(new CodedConcept(code.system(), code.code(), "any"));
    }
}
