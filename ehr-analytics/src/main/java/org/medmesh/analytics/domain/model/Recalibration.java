package org.medmesh.analytics.domain.model;

/**
 * A logistic recalibration of a model's log-odds: {@code recalibrated = intercept + slope × logOdds}. Fitted by maximum
 * likelihood on predictions the model made for cases it never saw (out-of-fold), it undoes the over-confidence of a fit
 * to a small training set (slope below 1) and a shift of the average (intercept).
 */
public record Recalibration(double intercept, double slope) {

    /** Leaves the log-odds as they are. */
    public static final Recalibration IDENTITY = new Recalibration(0, 1);

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-12;

    public Recalibration {
        if (!Double.isFinite(intercept) || !Double.isFinite(slope)) {
            throw new IllegalArgumentException("a recalibration needs a finite intercept and slope");
        }
    }

    public double apply(double logOdds) {
        return intercept + slope * logOdds;
    }

    /** The maximum-likelihood intercept and slope of {@code logit P(disease) = intercept + slope × logOdds}. */
    public static Recalibration fit(double[] logOdds, boolean[] disease) {
        return newton(logOdds, disease, true);
    }

    /** The maximum-likelihood intercept with the slope held at 1 (the log-odds as an offset). */
    public static Recalibration fitIntercept(double[] logOdds, boolean[] disease) {
        return newton(logOdds, disease, false);
    }

    /** Newton's method from the identity, halving a step that would lower the likelihood. */
    private static Recalibration newton(double[] x, boolean[] disease, boolean slopeFree) {
        if (x.length != disease.length || x.length == 0) {
            throw new IllegalArgumentException("a recalibration needs as many outcomes as log-odds, at least one");
        }
        double a = 0;
        double b = 1;
        double likelihood = logLikelihood(x, disease, a, b);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double g0 = 0;
            double g1 = 0;
            double h00 = 0;
            double h01 = 0;
            double h11 = 0;
            for (int i = 0; i < x.length; i++) {
                double p = sigmoid(a + b * x[i]);
                double residual = (disease[i] ? 1 : 0) - p;
                double w = p * (1 - p);
                g0 += residual;
                g1 += residual * x[i];
                h00 += w;
                h01 += w * x[i];
                h11 += w * x[i] * x[i];
            }
            double determinant = h00 * h11 - h01 * h01;
            double stepA = slopeFree ? (h11 * g0 - h01 * g1) / determinant : g0 / h00;
            double stepB = slopeFree ? (h00 * g1 - h01 * g0) / determinant : 0;
            double next = logLikelihood(x, disease, a + stepA, b + stepB);
            for (int halving = 0; halving < MAX_ITERATIONS && !(next >= likelihood); halving++) {
                stepA /= 2;
                stepB /= 2;
                next = logLikelihood(x, disease, a + stepA, b + stepB);
            }
            if (!(next >= likelihood)) {
                break;
            }
            a += stepA;
            b += stepB;
            likelihood = next;
            if (Math.abs(stepA) < TOLERANCE && Math.abs(stepB) < TOLERANCE) {
                break;
            }
        }
        return new Recalibration(a, b);
    }

    private static double logLikelihood(double[] x, boolean[] disease, double a, double b) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double eta = a + b * x[i];
            sum += (disease[i] ? eta : 0) - Math.max(eta, 0) - Math.log1p(Math.exp(-Math.abs(eta)));
        }
        return sum;
    }

    /** The probability of log-odds. */
    public static double sigmoid(double logOdds) {
        return 1 / (1 + Math.exp(-logOdds));
    }
}
