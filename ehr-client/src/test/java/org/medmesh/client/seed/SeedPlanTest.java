package org.medmesh.client.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SeedPlanTest {

    @Test
    void shouldReadTheCountsTheSeedAndEachHospital() {
        SeedPlan plan = SeedPlan.parse("6", "2", "7", "hospA=http://127.0.0.1:8081/=/tmp/a users",
                "hospB=http://127.0.0.1:8082/=/tmp/b");

        assertThat(plan.patients()).isEqualTo(6);
        assertThat(plan.threads()).isEqualTo(2);
        assertThat(plan.seed()).isEqualTo(7);
        assertThat(plan.hospitals()).containsExactly(
                new SeedPlan.Hospital("hospA", "http://127.0.0.1:8081/", Path.of("/tmp/a users")),
                new SeedPlan.Hospital("hospB", "http://127.0.0.1:8082/", Path.of("/tmp/b")));
        assertThat(plan.hospitalOf(0).id()).isEqualTo("hospA");
        assertThat(plan.hospitalOf(5).id()).isEqualTo("hospB");
    }

    @Test
    void shouldRefuseArgumentsThatDoNotFitWithTheUsage() {
        assertThatThrownBy(() -> SeedPlan.parse("6", "2", "7")).hasMessageStartingWith("usage: seed");
        assertThatThrownBy(() -> SeedPlan.parse("six", "2", "7", "hospA=http://x/=/f"))
                .hasMessageContaining("whole numbers");
        assertThatThrownBy(() -> SeedPlan.parse("6", "0", "7", "hospA=http://x/=/f")).hasMessageContaining(
                "threads 1-99");
        assertThatThrownBy(() -> SeedPlan.parse("6", "2", "7", "hospA=/f")).hasMessageContaining("not a hospital");
    }
}
