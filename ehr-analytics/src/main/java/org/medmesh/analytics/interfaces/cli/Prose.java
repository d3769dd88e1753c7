package org.medmesh.analytics.interfaces.cli;

/** The fixed text of the model card: intended use, limits, method and attribution. It holds no figures. */
final class Prose {

    static final String INTENDED_USE = """
            ## Intended use

            For **adults with suspected coronary artery disease**, the population the data come from. A \
            **decision-support estimate** shown to clinicians beside the patient's chart: the probability that \
            coronary angiography would find heart disease (narrowing above 50 % in a major vessel), given age, sex, \
            symptoms, resting measurements and exercise-test and imaging findings, with the contribution of each \
            input, the inputs that were missing and the submodel that scored without them. It helps decide what to \
            look at; it decides nothing.

            **Not a diagnostic device.** It is not certified as a medical device, has not been validated \
            prospectively, and must not be the basis of a diagnosis or a treatment decision on its own.

            ## Limits

            - **Old data.** The patients were examined in the 1980s (Cleveland, Budapest, Zurich and Basel, Long \
            Beach; the data set was published in 1988). Diagnosis, treatment and the population's risk factors have \
            changed since.
            - **A referred population.** Everyone had been sent for angiography because heart disease was suspected: \
            about half had it in Cleveland, most in Switzerland and at the VA. The probabilities do not carry over to \
            screening the general population, where the disease is far rarer.
            - **Few women, one sex coding.** Most patients were men; sex is coded male/female only, so another or \
            unknown sex is a missing input.
            - **Missing inputs.** The fluoroscopy (`ca`) and thallium (`thal`) results, among the strongest inputs, \
            are missing for most Hungarian, Swiss and VA patients, and the Swiss cohort has no cholesterol. Such a \
            patient is scored by the submodel trained without those inputs, not by filling them in: the estimate \
            assumes neither a normal nor an abnormal result, it is what Cleveland patients with the same other \
            findings had. It is less sharp than one with every input (compare the submodels' own Cleveland AUC \
            below). It does assume that the inputs present mean the same whether or not a test was done: that a \
            test was skipped — because the doctor thought it unnecessary, or the hospital had no scanner — is not \
            something a model trained on Cleveland, where nearly everyone had every test, can learn from.
            - **Calibration across hospitals.** Each submodel is recalibrated on Cleveland, so its average matches \
            Cleveland's rate of disease for patients like these. A hospital whose referred patients are sicker for \
            the same findings (the Swiss cohort most of all) is under-predicted, one whose patients are healthier \
            over-predicted; correcting that needs the hospital's own outcomes, which the model never trains on. \
            Calibration-in-the-large and slope per cohort are in the external validation below.
            - **Small training set.** A few hundred patients for up to eighteen coefficients: the ridge and the \
            recalibration temper the over-confidence of the fit, but the coefficients stay uncertain.
            - **Not a pristine hold-out.** The ridge was chosen on Cleveland alone and the external cohorts were \
            never trained on, but their figures were seen while the method was developed. The Cleveland \
            cross-validated figures of the served model come from the same folds that chose the ridge and are \
            slightly optimistic.

            """;

    static final String SUBMODELS = """
            ## Submodels

            Every pattern of inputs present has its own submodel: a logistic regression on exactly those inputs, \
            trained (when first needed) on the Cleveland patients who have them all, and recalibrated — its \
            log-odds become a + b × log-odds — on the log-odds it gave those patients in its own cross-validation. \
            The patterns shared by at least five patients of one cohort, with how many patients of each cohort \
            they score; a submodel's own ROC AUC is its cross-validation on Cleveland with the inputs it lacks \
            hidden from every patient, i.e. what can be told without them:

            """;

    static final String READING_CALIBRATION = """

            Calibration-in-the-large is the intercept of a logistic recalibration with the model's log-odds as offset \
            (0 when the average prediction is right; positive when the model under-predicts, negative when it \
            over-predicts); the calibration slope is the coefficient of the model's log-odds (1 is ideal, below 1 \
            means predictions too extreme, above 1 too timid). Accuracy counts a probability of 0.5 or more as \
            predicting disease; log-loss is the mean negative log-likelihood of the outcomes (lower is better).

            The models beside the served one: **one model imputing, same ridge and recalibration** is the \
            13-input regression of the served ridge, recalibrated the same way, that fills a missing input with \
            Cleveland's mean or most frequent answer — it separates what the submodels bring from what the ridge \
            and recalibration bring; **one model imputing (before #25)** is the model served before, Weka's \
            default ridge and no recalibration; the **3-input baseline** is trained like it.

            """;

    static final String PARAMETERS = """
            ## The named submodels in full

            Trained when a node starts; the others when first needed. Coefficients are as scoring uses them, after \
            the recalibration (the regression's own coefficients times b; the intercept a plus b times its own). A \
            coded input has one indicator term per answer but the first (`cp=4` is 1 for asymptomatic chest pain). \
            Reference = the term's mean over the patients the submodel was trained on: the explanation of an \
            assessment gives each input's `coefficient × (value − reference)`, and these add up, with the reference \
            patient's log-odds, to the assessment's log-odds.

            """;

    static final String METHOD = """
            ## Method

            - **Pattern submodels.** For each set of inputs present, a model on those inputs only, chosen by the \
            inputs the patient has (submodels for missing inputs, after Fletcher Mercaldo and Blume, "Missing data \
            and prediction: the pattern submodel", *Biostatistics* 21(2), 2020). Strictly, theirs are fitted on the \
            patients with exactly that pattern; Cleveland has next to no patients without fluoroscopy or a thallium \
            scan, so each submodel here is fitted on all the Cleveland patients who have its inputs — what they call \
            complete-case submodels, which rest on the assumption stated under Limits (the inputs present mean the \
            same whether or not the others were measured). The external cohorts are never used to train, \
            recalibrate or choose anything.
            - **Learner.** Weka's `Logistic` (logistic regression with a ridge penalty on the squared coefficients \
            of the standardized terms). A plain linear model keeps the explanation exact: each input's contribution \
            is its coefficient times its distance from the reference patient.
            - **Ridge.** Compared on Cleveland by the cross-validated log-loss of the whole served method (table \
            above); the lowest is served. Shrinking the coefficients trades a little fit to Cleveland for estimates \
            that hold better on patients not seen.
            - **Recalibration.** Each submodel's log-odds are mapped to a + b × log-odds, a and b fitted by maximum \
            likelihood on its out-of-fold log-odds (%1$d-fold stratified cross-validation of that submodel on its \
            own training patients, seed %2$d). A submodel without inputs (the rate of disease) is not recalibrated.
            - **Training at startup.** A node trains the named submodels from the data shipped in `ehr-analytics` \
            when it starts (the time is logged), and any other submodel the first time a patient needs it (tens of \
            milliseconds once Weka is warm), rather than loading a serialized model, which would be \
            tied to one Weka version. The model version is a digest of the Weka version, learner, ridge, coding and \
            imputation rules, inputs, every training case, the recalibration and the submodel method, so identical \
            nodes report identical versions and any change gives another.
            - **Coding.** Measurements, flags and the vessel count enter as they are; the coded inputs (`cp`, \
            `restecg`, `slope`, `thal`) as indicators of every answer but the first. The single models beside the \
            served one impute missing inputs (means of measurements, modes of the rest) fitted on their training \
            cases only.
            - **Evaluation.** %1$d-fold cross-validation stratified by outcome, `java.util.Random` seed %2$d: every \
            Cleveland patient is scored by a model that never saw them — for the served method, submodels and \
            their recalibration trained on the other folds only. External validation trains on all of Cleveland \
            and scores each other cohort. ROC AUC by the Mann–Whitney statistic (ties count half); Brier score is \
            the mean squared error of the probability; calibration by maximum likelihood.
            - **Baseline.** The original design scored with a 3-input logistic regression (80.5 %% accuracy, AUC 0.868 \
            in 10-fold CV, inputs not recorded). Searching all 286 sets of three inputs with Weka's own 10-fold \
            cross-validation (seed 1; numeric and nominal coding; with and without the six incomplete patients) \
            reproduced neither figure exactly; chest pain type, vessel count and thallium scan came nearest, so they \
            are the baseline.

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
