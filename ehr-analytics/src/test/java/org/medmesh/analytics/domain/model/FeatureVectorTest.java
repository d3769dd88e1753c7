package org.medmesh.analytics.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FeatureVectorTest {

    @Test
    void shouldListEveryInputNotGivenAsMissing() {
        FeatureVector vector = FeatureVector.of(Map.of(Feature.AGE, 61.0, Feature.CHEST_PAIN_TYPE, 4.0));

        assertThat(vector.present()).containsOnlyKeys(Feature.AGE, Feature.CHEST_PAIN_TYPE);
        assertThat(vector.missing()).hasSize(11).doesNotContain(Feature.AGE, Feature.CHEST_PAIN_TYPE);
        assertThat(vector.value(Feature.CHOLESTEROL)).isEmpty();
    }

    @Test
    void shouldMakeAnInputMissingAgainWithoutChangingTheOriginal() {
        FeatureVector original = FeatureVector.empty().with(Feature.CHOLESTEROL, 250);

        FeatureVector changed = original.withMissing(Feature.CHOLESTEROL);

        assertThat(changed.isMissing(Feature.CHOLESTEROL)).isTrue();
        assertThat(original.value(Feature.CHOLESTEROL)).hasValue(250);
    }

    @Test
    void shouldTakeNegativeZeroAsTheCodeZero() {
        assertThat(FeatureVector.empty().with(Feature.SEX, -0.0)).isEqualTo(FeatureVector.empty().with(Feature.SEX, 0));
    }

    @Test
    void shouldRefuseCodesAndValuesAnInputCannotTake() {
        FeatureVector empty = FeatureVector.empty();

        assertThatThrownBy(() -> empty.with(Feature.CHEST_PAIN_TYPE, 5)).hasMessageContaining("cp cannot be 5");
        assertThatThrownBy(() -> empty.with(Feature.THALLIUM_SCAN, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> empty.with(Feature.CHOLESTEROL, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> empty.with(Feature.AGE, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
