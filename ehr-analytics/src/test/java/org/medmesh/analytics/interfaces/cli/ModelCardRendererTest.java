package org.medmesh.analytics.interfaces.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmesh.analytics.application.EvaluationFixture;
import org.medmesh.analytics.application.EvaluationReport;
import org.medmesh.analytics.application.HeartRiskModels;

class ModelCardRendererTest {

    /** The committed card, relative to this module (Maven runs the tests in the module's directory). */
    private static final Path COMMITTED = Path.of("..", "docs", "model-card.md");

    private static final EvaluationReport REPORT = EvaluationFixture.report();

    @Test
    void shouldMatchTheCommittedModelCardSoItIsNeverStaleNorEditedByHand() throws IOException {
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/model-card.md differs from the evaluation: run ./ehr model-card and commit the result")
                .isEqualTo(ModelCardRenderer.render(REPORT));
    }

    @Test
    void shouldDescribeTheModelEveryNodeServes() {
        assertThat(REPORT.version()).isEqualTo(HeartRiskModels.production().version());
        assertThat(ModelCardRenderer.render(REPORT)).contains("| model version | `" + REPORT.version() + "` |");
    }

    @Test
    void shouldWriteTheCardWhereTheCommandIsTold(@TempDir Path directory) throws IOException {
        Path card = directory.resolve("cards").resolve("card.md");

        ModelCardCommand.main(new String[]{card.toString()});

        assertThat(Files.readString(card, StandardCharsets.UTF_8)).contains("`" + REPORT.version() + "`")
                .contains("| pattern submodels | 303 |").contains("| Hungarian | pattern submodels | 294 |")
                .contains("| without ca, thal |").contains("Not a diagnostic device");
    }
}
