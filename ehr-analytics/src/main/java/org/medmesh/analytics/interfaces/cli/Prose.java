package org.medmesh.analytics.interfaces.cli;

/** The fixed text of the model card: intended use, limits, method and attribution. It holds no figures. */
final class Prose {

    static final String INTENDED_USE = """
            ## Intended use

            For **adults with suspected coronary artery disease**, the population the data come from. A \
            **decision-support estimate** shown to clinicians beside the patient's chart: the probability that \
            coronary angiography would find heart disease (narrowing above 50 % in a major vessel), given age, sex, \
            symptoms, resting measurements and exercise-test and imaging findings, with the contribution of each \
            input and the inputs that were missing and imputed. It helps decide what to look at; it decides nothing.

            **Not a diagnostic device.** It is not certified as a medical device, has not been validated \
            prospectively, and must not be the basis of a diagnosis or a treatment decision on its own.

            ## Limits

            - **Old data.** The patients were examined in the 1980s (Cleveland, Budapest, Zurich and Basel, Long \
            Beach; the data set was published in 1988). Diagnosis, treatment and the population's risk factors have changed since.
            - **A referred population.** Everyone had been sent for angiography because heart disease was suspected: \
            about half had it in Cleveland, most in Switzerland and at the VA. The probabilities do not carry over to \
            screening the general population, where the disease is far rarer.
            - **Few women, one sex coding.** Most patients were men; sex is coded male/female only, so another or \
            unknown sex is treated as missing and imputed.
            - **Missing inputs.** The fluoroscopy (`ca`) and thallium (`thal`) results, among the strongest inputs, \
            are missing for most Hungarian, Swiss and VA patients, and the Swiss cohort has no cholesterol. Imputation \
            fills a gap with Cleveland's mean or most frequent answer (see the table below; for `ca` and `thal` the \
            unremarkable answers), so an estimate with such gaps leans towards a patient without those findings and \
            can understate the risk. The external validation below shows what that costs, and every assessment names \
            the inputs imputed.
            - **Small training set.** A few hundred patients for one coefficient per term: the coefficients are \
            uncertain and out-of-sample predictions more extreme than the training fit (compare the cross-validated \
            calibration slope with 1).

            """;

    static final String READING_CALIBRATION = """

            Calibration-in-the-large is the intercept of a logistic recalibration with the model's log-odds as offset \
            (0 when the average prediction is right; positive when the model under-predicts, as in the cohorts with \
            more disease than Cleveland); the calibration slope is the coefficient of the model's log-odds (1 is \
            ideal, below 1 means predictions too extreme, above 1 too timid). Accuracy counts a probability of 0.5 or \
            more as predicting disease.

            """;

    static final String METHOD = """
            ## Method

            - **Learner.** Weka's `Logistic` (multinomial logistic regression with a ridge estimator; the Weka default \
            ridge 1e-8, i.e. practically unpenalised maximum likelihood). A plain linear model keeps the explanation \
            exact: each input's contribution is its coefficient times its distance from the reference patient.
            - **Training at startup.** A node trains the model from the data shipped in `ehr-analytics` when it starts \
            (tens of milliseconds, plus Weka's class initialisation on first use; the time is logged) rather than \
            loading a serialized model, which would be tied to one Weka version. The model version is a digest of the Weka version, learner, ridge, coding and imputation rules, \
            inputs and every training case, so identical nodes report identical versions.
            - **Coding.** Measurements, flags and the vessel count enter as they are; the coded inputs (`cp`, \
            `restecg`, `slope`, `thal`) as indicators of every answer but the first. Missing inputs are imputed \
            before training (means of measurements, modes of the rest), fitted on the training cases only — in \
            cross-validation on the training folds only.
            - **Evaluation.** %d-fold cross-validation stratified by outcome, `java.util.Random` seed %d: every \
            Cleveland patient is scored by a model that never saw them. External validation trains on all of \
            Cleveland and scores each other cohort. ROC AUC by the Mann–Whitney statistic (ties count half); Brier \
            score is the mean squared error of the probability; calibration by maximum likelihood.
            - **Baseline.** The original design scored with a 3-input logistic regression (80.5 %% accuracy, AUC 0.868 \
            in 10-fold CV, inputs not recorded). Searching all 286 sets of three inputs with Weka's own 10-fold \
            cross-validation (seed 1; numeric and nominal coding; with and without the six incomplete patients) \
            reproduced neither figure exactly; chest pain type, vessel count and thallium scan came nearest, so they \
            are the baseline, trained and evaluated exactly like the full model.

            """;

    static final String DATA = """
            ## Data and attribution

            UCI Heart Disease data (the 14-attribute "processed" files), shipped in \
            `ehr-analytics/src/main/resources/org/medmesh/analytics/infrastructure/data/` with its README: Janosi, A., \
            Steinbrunn, W., Pfisterer, M., Detrano, R. (1988). *Heart Disease*. UCI Machine Learning Repository. \
            https://doi.org/10.24432/C52P4X — licence CC BY 4.0. Principal investigators: Hungarian Institute of \
            Cardiology, Budapest: Andras Janosi, M.D.; University Hospital, Zurich: William Steinbrunn, M.D.; \
            University Hospital, Basel: Matthias Pfisterer, M.D.; V.A. Medical Center, Long Beach and Cleveland Clinic \
            Foundation: Robert Detrano, M.D., Ph.D.
            """;

    private Prose() {
    }
}
