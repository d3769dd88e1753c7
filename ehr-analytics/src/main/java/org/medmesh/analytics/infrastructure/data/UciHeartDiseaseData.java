package org.medmesh.analytics.infrastructure.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.FeatureVector;
import org.medmesh.analytics.domain.model.LabelledCase;

/**
 * Reads the UCI "processed" files: fourteen comma-separated columns per line, the thirteen features in UCI order and
 * the diagnosis {@code num} (0 absent, 1–4 present). Both {@code ?} and {@code NaN} mean missing; a value the feature
 * cannot take (a cholesterol of 0) is read as missing and counted. Any other malformed line is an error naming its
 * number.
 */
public final class UciHeartDiseaseData {

    private static final Feature[] COLUMNS = Feature.values();

    private UciHeartDiseaseData() {
    }

    /** The cohort's file from this module's resources. */
    public static CohortData load(UciCohort cohort) {
        try (InputStream in = UciHeartDiseaseData.class.getResourceAsStream(cohort.fileName())) {
            if (in == null) {
                throw new IllegalStateException("the data file " + cohort.fileName() + " is not on the class path");
            }
            return parse(cohort, new InputStreamReader(in, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CohortData parse(UciCohort cohort, Reader source) throws IOException {
        List<LabelledCase> cases = new ArrayList<>();
        int implausible = 0;
        BufferedReader lines = new BufferedReader(source);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.strip().split(",", -1);
            if (fields.length != COLUMNS.length + 1) {
                throw malformed(cohort, number, "has " + fields.length + " columns, not " + (COLUMNS.length + 1));
            }
            FeatureVector inputs = FeatureVector.empty();
            for (int i = 0; i < COLUMNS.length; i++) {
                String field = fields[i].strip();
                if (isMissing(field)) {
                    continue;
                }
                double value = number(cohort, number, field);
                if (COLUMNS[i].accepts(value)) {
                    inputs = inputs.with(COLUMNS[i], value);
                } else {
                    implausible++;
                }
            }
            double diagnosis = number(cohort, number, fields[COLUMNS.length].strip());
            if (diagnosis < 0 || diagnosis > 4 || diagnosis != Math.rint(diagnosis)) {
                throw malformed(cohort, number, "has the diagnosis " + diagnosis + ", not 0-4");
            }
            cases.add(new LabelledCase(inputs, diagnosis > 0));
        }
        return new CohortData(cohort, cases, implausible);
    }

    private static boolean isMissing(String field) {
        return field.equals("?") || field.equals("NaN");
    }

    private static double number(UciCohort cohort, int line, String field) {
        try {
            return Double.parseDouble(field);
        } catch (NumberFormatException e) {
            throw malformed(cohort, line, "holds '" + field + "', neither a number nor ? or NaN");
        }
    }

    private static IllegalArgumentException malformed(UciCohort cohort, int line, String problem) {
        return new IllegalArgumentException(cohort.fileName() + " line " + line + " " + problem);
    }
}
