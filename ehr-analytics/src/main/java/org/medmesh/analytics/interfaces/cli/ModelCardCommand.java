package org.medmesh.analytics.interfaces.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Logger;

import org.medmesh.analytics.application.EvaluationReport;
import org.medmesh.analytics.application.ModelEvaluation;

/**
 * Runs the evaluation and writes the model card: {@code ModelCardCommand [OUTPUT]} (default
 * {@code docs/model-card.md}). Logs a one-line summary.
 */
public final class ModelCardCommand {

    private static final Logger LOG = Logger.getLogger(ModelCardCommand.class.getName());

    private ModelCardCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 1) {
            throw new IllegalArgumentException("usage: ModelCardCommand [OUTPUT]");
        }
        Path output = Path.of(args.length == 1 ? args[0] : "docs/model-card.md");
        EvaluationReport report = ModelEvaluation.run();
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.writeString(output, ModelCardRenderer.render(report), StandardCharsets.UTF_8);
        LOG.info(() -> String.format(Locale.ROOT,
                "Wrote %s: model %s, %d-fold CV on Cleveland AUC %.3f, accuracy %.1f %%", output, report.version(),
                report.folds(), report.served().crossValidated().rocAuc(),
                100 * report.served().crossValidated().accuracy()));
    }
}
