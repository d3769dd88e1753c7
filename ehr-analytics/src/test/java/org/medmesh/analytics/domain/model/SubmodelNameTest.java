package org.medmesh.analytics.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SubmodelNameTest {

    @Test
    void shouldNameASubmodelByTheInputsItLeavesOutOrByThoseItUsesWhicheverAreFewer() {
        List<Feature> all = List.of(Feature.values());

        assertThat(SubmodelName.of(all)).isEqualTo("all inputs");
        assertThat(SubmodelName.of(all.stream().filter(f -> f != Feature.MAJOR_VESSELS
                && f != Feature.THALLIUM_SCAN).toList())).isEqualTo("without ca, thal");
        assertThat(SubmodelName.of(List.of(Feature.SEX, Feature.AGE))).isEqualTo("only age, sex");
        assertThat(SubmodelName.of(List.of())).isEqualTo("no inputs");
    }
}
