package org.medmesh.analytics.infrastructure.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.LabelledCase;

class UciHeartDiseaseDataTest {

    @ParameterizedTest
    @CsvSource({"CLEVELAND, 303, 139, 0", "HUNGARIAN, 294, 106, 0", "SWITZERLAND, 123, 115, 123", "VA, 200, 149, 50"})
    void shouldLoadEveryBundledCohortWithItsRowAndDiseaseCounts(UciCohort cohort, int rows, int diseased,
            int implausible) {
        CohortData data = UciHeartDiseaseData.load(cohort);

        assertThat(data.cases()).hasSize(rows);
        assertThat(data.cases().stream().filter(LabelledCase::disease).count()).isEqualTo(diseased);
        assertThat(data.implausibleValuesReadAsMissing()).isEqualTo(implausible);
    }

    @Test
    void shouldReadTheQuestionMarksOfClevelandAsMissing() {
        CohortData cleveland = UciHeartDiseaseData.load(UciCohort.CLEVELAND);

        assertThat(cleveland.cases().stream().filter(c -> c.inputs().isMissing(Feature.MAJOR_VESSELS))).hasSize(4);
        assertThat(cleveland.cases().stream().filter(c -> c.inputs().isMissing(Feature.THALLIUM_SCAN))).hasSize(2);
    }

    @Test
    void shouldAcceptBothMissingMarkersAndReadAnImpossibleZeroAsMissing() throws IOException {
        String lines = """
                63.0,1.0,1.0,145.0,233.0,1.0,2.0,150.0,0.0,2.3,3.0,?,6.0,0
                28,1,2,130,0,0,2,185,0,0,NaN,NaN,NaN,2
                """;

        CohortData data = UciHeartDiseaseData.parse(UciCohort.HUNGARIAN, new StringReader(lines));

        assertThat(data.cases()).hasSize(2);
        assertThat(data.cases().get(0).inputs().missing()).containsExactly(Feature.MAJOR_VESSELS);
        assertThat(data.cases().get(0).inputs().value(Feature.ST_DEPRESSION)).hasValue(2.3);
        assertThat(data.cases().get(0).disease()).isFalse();
        assertThat(data.cases().get(1).inputs().missing()).containsExactly(Feature.CHOLESTEROL, Feature.ST_SLOPE,
                Feature.MAJOR_VESSELS, Feature.THALLIUM_SCAN);
        assertThat(data.cases().get(1).disease()).isTrue();
        assertThat(data.implausibleValuesReadAsMissing()).isEqualTo(1);
    }

    @Test
    void shouldNameTheLineOfAMalformedValue() {
        String lines = "63,1,1,145,233,1,2,150,0,2.3,3,0,6,0\n63,1,1,145,high,1,2,150,0,2.3,3,0,6,0\n";

        assertThatThrownBy(() -> UciHeartDiseaseData.parse(UciCohort.VA, new StringReader(lines)))
                .hasMessageContaining("line 2").hasMessageContaining("'high'");
    }

    @Test
    void shouldRefuseALineWithTheWrongNumberOfColumns() {
        assertThatThrownBy(() -> UciHeartDiseaseData.parse(UciCohort.VA, new StringReader("63,1,1,145\n")))
                .hasMessageContaining("line 1 has 4 columns");
    }
}
