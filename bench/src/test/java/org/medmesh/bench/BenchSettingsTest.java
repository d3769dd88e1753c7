package org.medmesh.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class BenchSettingsTest {

    private static final Path ROOT = Path.of("/tmp/medmesh");

    @Test
    void shouldRunEveryScenarioAtTheDocumentedSizesByDefault() {
        BenchSettings settings = BenchSettings.parse(ROOT);

        assertThat(settings.only()).containsExactlyInAnyOrderElementsOf(BenchSettings.SCENARIOS);
        assertThat(settings.sizes()).containsExactly(10_000, 100_000, 1_000_000);
    }

    @Test
    void shouldReadTheSizesAndTheScenariosToRun() {
        BenchSettings settings = BenchSettings.parse(ROOT, "--only", "scale, footprint", "--sizes", "10000,300000");

        assertThat(settings.only()).containsExactlyInAnyOrder("scale", "footprint");
        assertThat(settings.runs("write")).isFalse();
        assertThat(settings.sizes()).containsExactly(10_000, 300_000);
    }

    @Test
    void shouldRunTheReadPathAloneWhenAsked() {
        BenchSettings settings = BenchSettings.parse(ROOT, "--only", "read");

        assertThat(settings.runs("read")).isTrue();
        assertThat(settings.runs("write")).isFalse();
    }

    @Test
    void shouldRefuseAScenarioItDoesNotKnow() {
        assertThatThrownBy(() -> BenchSettings.parse(ROOT, "--only", "fhir")).hasMessageContaining("--only takes");
    }
}
