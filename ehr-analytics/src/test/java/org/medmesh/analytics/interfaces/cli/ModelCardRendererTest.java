package org.medmesh.analytics.interfaces.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmesh.analytics.application.EvaluationReport;
import org.medmesh.analytics.application.ModelEvaluation;

class ModelCardRendererTest {

    /** The committed card, relative to this module (Maven runs the tests in the module's directory). */
    private static final Path COMMITTED = Path.of("..", "docs", "model-card.md");

    private static EvaluationReport report;

    @BeforeAll
    static void evaluate() {
        report = ModelEvaluation.run();
    }

    @Test
    void shouldMatchTheCommittedModelCardSoItIsNeverStaleNorEditedByHand() throws IOException {
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/model-card.md differs from the evaluation: run ./ehr model-card and commit the result")
                .isEqualTo(ModelCardRenderer.render(report));
    }

    @Test
    void shouldWriteTheCardWhereTheCommandIsTold(@TempDir Path directory) throws IOException {
        Path card = directory.resolve("cards").resolve("card.md");

        ModelCardCommand.main(new String[]{card.toString()});

        assertThat(Files.readString(card, StandardCharsets.UTF_8)).contains("`" + report.version() + "`")
                .contains("| 13 inputs | 303 |").contains("| Hungarian | 13 inputs | 294 |")
                .contains("Not a diagnostic device");
    }
}
