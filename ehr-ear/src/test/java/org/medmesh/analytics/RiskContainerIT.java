package org.medmesh.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medmesh.client.ApiClient;
import org.medmesh.client.Reply;
import org.medmesh.client.StaffLogins.StaffLogin;
import org.medmesh.client.StaffLogins;
import org.medmesh.testsupport.ContainerNode;
import org.medmesh.testsupport.PeerChanges;
import org.medmesh.testsupport.Poll;
import org.medmesh.testsupport.Ward;

/**
 * The risk scoring of a running node (real Payara, MariaDB and broker): observations recorded over REST reach the risk
 * bean through the outbox, the analytics feed and the {@code patient_updates} topic, and come back as an explained
 * assessment at {@code GET /patients/{id}/risk}, scored by the submodel of the inputs recorded (none imputed);
 * opted-out patients are never scored and opting out erases; the analytics tables hold no identifier; a high risk is an
 * alert for the doctors and nurses who may see the patient (never for administrators); an assessment of an earlier
 * model is re-scored in the background with the model the node serves, consent checked first.
 */
@ExtendWith(ArquillianExtension.class)
class RiskContainerIT {

    private static final String API = "api/v1/";
    private static final String LOINC = "http://loinc.org";
    private static final String HEART_RISK = "https://medmesh.org/codes/heart-risk";
    private static final Duration DEADLINE = Duration.ofSeconds(40);
    /**
     * The sweep for opt-outs replicated from elsewhere runs every 30 s, the check for earlier models' assessments too.
     */
    private static final Duration SWEEP_DEADLINE = Duration.ofSeconds(75);
    private static final String EARLIER_MODEL = "heart-lr-0000000000000000";
    private static final List<StaffLogin> USERS = ContainerNode.users();
    private static final ApiClient NODE = ContainerNode.NODE;
    private static final Ward WARD = new Ward(NODE, USERS);
    private static final PeerChanges HOSP_X = ContainerNode.peer();

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    @Test
    void anObservationRecordedOverRestGivesAnExplainedAssessmentForTheCareTeam() throws SQLException {
        String family = Ward.unique("Risk");
        JsonObject registered = WARD.post("nurse", API + "patients", Ward.patient("Rita", family).build()).json();
        String patient = registered.getString("id");
        recordHighRiskFindings(patient);
        Poll.until(DEADLINE, "an assessment of every finding recorded (the thallium scan last)", () -> {
            Reply risk = WARD.get("doctor", API + "patients/" + patient + "/risk");
            return risk.status() == 200 && !strings(risk.json().getJsonArray("missing")).contains("thal");
        });

        JsonObject risk = WARD.get("doctor", API + "patients/" + patient + "/risk").json();
        assertThat(input(risk, "trestbps").getJsonNumber("value").doubleValue()).isEqualTo(172);
        assertThat(risk.getString("modelVersion")).startsWith("heart-lr-");
        assertThat(risk.getString("band")).isEqualTo("HIGH");
        double logOdds = risk.getJsonNumber("logOdds").doubleValue();
        double sum = risk.getJsonNumber("referenceLogOdds").doubleValue();
        for (JsonObject c : risk.getJsonArray("contributions").getValuesAs(JsonObject.class)) {
            sum += c.getJsonNumber("logOdds").doubleValue();
        }
        assertThat(sum).as("reference + contributions = log-odds").isCloseTo(logOdds, within(1e-9));
        assertThat(risk.getJsonNumber("probability").doubleValue()).isCloseTo(1 / (1 + Math.exp(-logOdds)),
                within(1e-9));
        assertThat(risk.getString("scoredBy")).as("the submodel of the inputs recorded")
                .isEqualTo("without fbs, restecg, slope");
        assertThat(risk.getJsonArray("inputs")).hasSize(10);
        assertThat(risk.getJsonArray("contributions")).hasSize(10);
        assertThat(risk.getJsonArray("inputs").getValuesAs(JsonObject.class)).as("nothing imputed")
                .noneMatch(i -> i.getBoolean("imputed"));
        assertThat(input(risk, "cp").getJsonNumber("value").doubleValue()).isEqualTo(4);
        assertThat(strings(risk.getJsonArray("missing"))).containsExactlyInAnyOrder("fbs", "restecg", "slope");
        assertThat(risk.getJsonArray("inputs").getValuesAs(JsonObject.class)).extracting(i -> i.getString("feature"))
                .doesNotContain("fbs", "restecg", "slope");
        assertThat(Instant.parse(risk.getString("assessedAt"))).isAfterOrEqualTo(Instant.parse(risk.getString("asOf")));

        assertThat(WARD.get("pharmacist", API + "patients/" + patient + "/risk").status()).isEqualTo(200);
        Reply admin = WARD.get("admin", API + "patients/" + patient + "/risk");
        assertThat(admin.status()).isEqualTo(403);
        JsonArray audit = WARD.get("admin", API + "admin/audit?patient=" + patient + "&user=" + user("doctor"))
                .parse().asJsonArray();
        assertThat(audit.getValuesAs(JsonObject.class)).extracting(e -> e.getString("action") + "|"
                + e.getInt("status")).first().isEqualTo("GET patients/{id}/risk|200");

        Poll.until(DEADLINE, "the high-risk alert listed to the doctor", () -> !alertsAbout(patient, "doctor")
                .isEmpty());
        JsonObject notice = alertsAbout(patient, "doctor").get(0);
        assertThat(notice.getString("kind")).isEqualTo("risk-high");
        assertThat(notice.getString("reason")).startsWith("Heart-disease risk HIGH").doesNotContain(family);
        assertThat(alertsAbout(patient, "nurse")).isNotEmpty();
        assertThat(WARD.get("pharmacist", API + "notifications").status()).isEqualTo(403);
        assertThat(WARD.get("admin", API + "notifications").status()).isEqualTo(403);
        assertThat(WARD.get("admin", API + "admin/notifications?limit=500").parse().asJsonArray()
                .getValuesAs(JsonObject.class)).as("no clinical alert for administrators")
                .noneMatch(n -> n.getString("kind").equals("risk-high"));

        assertNoIdentifierInTheAnalyticsTables(patient, family, registered.getString("mrn"));
        String metrics = ContainerNode.scrape("scope=application");
        assertThat(metric(metrics, "medmesh_risk_predictions_total")).isPositive();
        assertThat(metric(metrics, "medmesh_risk_model_auc")).isBetween(0.88, 1.0);
        assertThat(metric(metrics, "medmesh_risk_scoring_p99_seconds")).as("seconds, not milli- or nanoseconds")
                .isPositive().isLessThan(10.0);
        assertThat(metric(metrics, "medmesh_risk_scoring_max_seconds"))
                .isGreaterThanOrEqualTo(metric(metrics, "medmesh_risk_scoring_p50_seconds"));
        assertThat(metrics).as("help text").contains("# HELP medmesh_risk_scoring_p99_seconds ");
    }

    @Test
    void aPatientWhoOptedOutIsNeverScoredAndOptingOutErases() throws SQLException {
        String optedOut = register("Otto");
        changeConsent(optedOut, false, "\"0\"");
        recordHighRiskFindings(optedOut);
        String other = register("Olga");
        recordHighRiskFindings(other);
        Poll.until(DEADLINE, "the later patient scored", () -> assessments(other) > 0);
        assertThat(assessments(optedOut)).as("nothing stored for the opted-out patient").isZero();
        Reply refused = WARD.get("doctor", API + "patients/" + optedOut + "/risk");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("type")).endsWith("/analytics-opted-out");

        changeConsent(other, false, "\"0\"");
        Poll.until(DEADLINE, "the assessments erased after the opt-out", () -> assessments(other) == 0);
        assertThat(WARD.get("doctor", API + "patients/" + other + "/risk").json().getString("type"))
                .endsWith("/analytics-opted-out");
    }

    @Test
    void theAlertOfAPatientWhoStopsSharingIsListedOnlyToTheClinicianWhoBreaksTheGlass() {
        UUID patient = patientOfHospX(Ward.unique("Alert"));
        recordHighRiskFindings(patient.toString());
        Poll.until(DEADLINE, "the high-risk alert listed to the doctor", () -> !alertsAbout(patient.toString(),
                "doctor").isEmpty());

        HOSP_X.stopSharing(patient);
        Poll.until(DEADLINE, "hospX's consent applied here",
                () -> WARD.get("doctor", API + "patients/" + patient).status() == 403);
        assertThat(alertsAbout(patient.toString(), "doctor")).as("closed by the consent").isEmpty();
        assertThat(alertsAbout(patient.toString(), "nurse")).isEmpty();

        Reply glass = WARD.post("doctor", API + "patients/" + patient + "/break-glass", Json.createObjectBuilder()
                .add("reason", "Chest pain in the emergency room").build());
        assertThat(glass.status()).as(glass.body()).isEqualTo(201);
        assertThat(alertsAbout(patient.toString(), "doctor")).as("opened by the doctor's grant").isNotEmpty()
                .allSatisfy(n -> assertThat(n.getString("kind")).isEqualTo("risk-high"));
        assertThat(alertsAbout(patient.toString(), "nurse")).as("the grant is the doctor's alone").isEmpty();
    }

    @Test
    void aReplicatedPatientHasNoAssessmentUntilAChangeHereAndAnOptOutFromElsewhereErases() {
        UUID patient = patientOfHospX(Ward.unique("Peer"));
        Reply none = WARD.get("nurse", API + "patients/" + patient + "/risk");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().getString("type")).endsWith("/risk-assessment-not-found");
        assertThat(WARD.get("doctor", API + "patients/" + UUID.randomUUID() + "/risk").json().getString("type"))
                .endsWith("/record-not-found");

        recordHighRiskFindings(patient.toString());
        Poll.until(DEADLINE, "scored after a change here", () -> assessments(patient.toString()) > 0);
        optOutAtHospX(patient);
        Poll.until(SWEEP_DEADLINE, "erased after the opt-out from hospX", () -> assessments(patient.toString()) == 0);
    }

    @Test
    void anAssessmentOfAnEarlierModelIsReScoredWithTheServedModelButNotForAPatientWhoOptedOut() throws SQLException {
        String patient = register("Rea");
        recordHighRiskFindings(patient);
        Poll.until(DEADLINE, "an assessment with every finding recorded", () -> {
            Reply risk = WARD.get("doctor", API + "patients/" + patient + "/risk");
            return risk.status() == 200 && risk.json().getJsonArray("inputs").size() == 10;
        });
        String served = WARD.get("doctor", API + "patients/" + patient + "/risk").json().getString("modelVersion");
        Poll.until(DEADLINE, "the high-risk alert listed", () -> !alertsAbout(patient, "doctor").isEmpty());
        int alerts = alertsAbout(patient, "doctor").size();
        String optedOut = register("Opal");
        recordHighRiskFindings(optedOut);
        Poll.until(DEADLINE, "the other patient scored", () -> assessments(optedOut) > 0);
        changeConsent(optedOut, false, "\"0\"");
        Poll.until(DEADLINE, "the other patient's assessments erased", () -> assessments(optedOut) == 0);

        Instant earlier = storeEarlierModelsAssessment(patient);
        storeEarlierModelsAssessment(optedOut);

        Poll.until(SWEEP_DEADLINE, "the patient re-scored with the served model", () -> {
            Reply risk = WARD.get("doctor", API + "patients/" + patient + "/risk");
            return risk.status() == 200 && risk.json().getString("modelVersion").equals(served);
        });
        JsonObject risk = WARD.get("doctor", API + "patients/" + patient + "/risk").json();
        assertThat(Instant.parse(risk.getString("assessedAt"))).as("re-scored after the earlier model's assessment")
                .isAfter(earlier);
        assertThat(risk.getString("scoredBy")).isEqualTo("without fbs, restecg, slope");
        assertThat(risk.getString("band")).isEqualTo("HIGH");
        assertThat(assessmentsBy(patient, EARLIER_MODEL)).isEqualTo(1);
        assertThat(assessments(patient)).as("the earlier model's assessments are kept").isGreaterThanOrEqualTo(3);
        Poll.until(SWEEP_DEADLINE, "the opted-out patient's earlier assessment erased",
                () -> assessments(optedOut) == 0);
        assertThat(assessmentsBy(optedOut, served)).as("never re-scored: consent is checked first").isZero();
        assertThat(alertsAbout(patient, "doctor")).as("high before, high again: no second alert").hasSize(alerts);
        Poll.until(DEADLINE, "the re-scoring pass finished", () -> metric(ContainerNode.scrape("scope=application"),
                "medmesh_risk_rescoring_progress") == 1.0);
        String metrics = ContainerNode.scrape("scope=application");
        assertThat(metric(metrics, "medmesh_risk_rescorings_total")).isPositive();
        assertThat(metric(metrics, "medmesh_risk_outdated_assessments")).isGreaterThanOrEqualTo(0.0);
    }

    /** The clinical alerts about this patient that a clinician of this role is shown. */
    private static List<JsonObject> alertsAbout(String patient, String role) {
        Reply alerts = WARD.get(role, API + "notifications?limit=500");
        assertThat(alerts.status()).as(alerts.body()).isEqualTo(200);
        return alerts.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(n -> patient.equals(n.getString("patientId", null))).toList();
    }

    private static String register(String given) {
        return WARD.post("nurse", API + "patients", Ward.patient(given, Ward.unique("Consent")).build()).json()
                .getString("id");
    }

    private static void changeConsent(String patient, boolean analytics, String etag) {
        JsonObject body = Json.createObjectBuilder().add("sharingWithHospitals", true).add("analyticsUse", analytics)
                .add("reason", "Patient's written request").build();
        assertThat(WARD.put("nurse", API + "patients/" + patient + "/consent", body, "If-Match", etag).status())
                .isEqualTo(200);
    }

    /** An older, lower blood pressure first: the assessment must use the latest one. */
    private static void recordHighRiskFindings(String patient) {
        quantity(patient, LOINC, "8480-6", "Systolic blood pressure", "120", "mm[Hg]", "2026-01-01T08:00:00Z");
        quantity(patient, LOINC, "8480-6", "Systolic blood pressure", "172", "mm[Hg]", null);
        quantity(patient, LOINC, "2093-3", "Cholesterol", "305", "mg/dL", null);
        quantity(patient, HEART_RISK, "max-heart-rate", "Maximum heart rate", "108", "/min", null);
        quantity(patient, HEART_RISK, "st-depression", "ST depression", "3.1", "mm", null);
        quantity(patient, HEART_RISK, "major-vessels", "Major vessels", "3", "{count}", null);
        answer(patient, "chest-pain-type", "Chest pain type", "asymptomatic");
        answer(patient, "exercise-angina", "Exercise-induced angina", "yes");
        answer(patient, "thallium-scan", "Thallium stress test result", "reversible-defect");
    }

    private static void quantity(String patient, String system, String code, String display, String value,
            String unit, String effectiveAt) {
        var body = Json.createObjectBuilder().add("patientId", patient).add("code", Ward.code(system, code, display))
                .add("value", new BigDecimal(value)).add("unit", unit);
        if (effectiveAt != null) {
            body.add("effectiveAt", effectiveAt);
        }
        assertThat(WARD.post("nurse", API + "observations", body.build()).status()).as(code).isEqualTo(201);
    }

    private static void answer(String patient, String code, String display, String answer) {
        assertThat(WARD.post("nurse", API + "observations", Json.createObjectBuilder().add("patientId", patient)
                .add("code", Ward.code(HEART_RISK, code, display)).add("answer", answer).build()).status())
                .as(code).isEqualTo(201);
    }

    private static UUID patientOfHospX(String family) {
        UUID id = UUID.randomUUID();
        JsonObject state = Json.createObjectBuilder().add("id", id.toString())
                .add("mrn", "hospX-" + Math.abs(id.getLeastSignificantBits() % 10_000_000)).add("givenName", "Xaver")
                .add("familyName", family).add("birthDate", "1952-03-09").add("sex", "MALE")
                .add("record", HOSP_X.record("nurse.x")).build();
        HOSP_X.send("patient.registered", id, id, state);
        Poll.until(DEADLINE, "hospX's patient received",
                () -> WARD.get("doctor", API + "patients/" + id).status() == 200);
        return id;
    }

    private static void optOutAtHospX(UUID patient) {
        Instant now = PeerChanges.now();
        JsonObject state = Json.createObjectBuilder().add("id", patient.toString())
                .add("patientId", patient.toString()).add("sharingWithHospitals", true).add("analyticsUse", false)
                .add("analyticsChangedAt", now.toString()).add("analyticsChangedBy", "nurse.x")
                .add("analyticsReason", "Patient's written request").add("record", HOSP_X.record("nurse.x"))
                .build();
        HOSP_X.send("consent.changed", patient, patient, state);
    }

    private static JsonObject input(JsonObject risk, String feature) {
        return risk.getJsonArray("inputs").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("feature").equals(feature)).findFirst().orElseThrow();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static String user(String role) {
        return StaffLogins.withRole(USERS, role).username();
    }

    /** Every value of every row of both tables, as text: no name, MRN or patient id in any form. */
    private static void assertNoIdentifierInTheAnalyticsTables(String patient, String family, String mrn)
            throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = database()) {
            for (String table : List.of("risk_assessment", "risk_assessment_input")) {
                try (PreparedStatement query = db.prepareStatement("select * from " + table);
                        ResultSet rows = query.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            Object value = rows.getObject(c);
                            values.add(value instanceof byte[] raw
                                    ? HexFormat.of().formatHex(raw)
                                    : String.valueOf(value));
                        }
                    }
                }
            }
        }
        String hex = patient.replace("-", "");
        assertThat(values).isNotEmpty().noneMatch(v -> v.contains(patient) || v.contains(hex) || v.contains(family)
                || v.contains(mrn));
        assertThat(values).contains(pseudonymOf(patient));
    }

    private static int assessments(String patient) {
        try (Connection db = database();
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from risk_assessment where pseudonym = ?")) {
            query.setString(1, pseudonymOf(patient));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An assessment of an earlier model, in the high band, made now (returned): the patient's latest. */
    private static Instant storeEarlierModelsAssessment(String patient) throws SQLException {
        UUID id = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LocalDateTime now = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        try (Connection db = database();
                PreparedStatement insert = db.prepareStatement("insert into risk_assessment (id, pseudonym, "
                        + "model_version, probability, band, log_odds, reference_log_odds, as_of, assessed_at) "
                        + "values (?, ?, ?, 0.9, 'HIGH', 2.2, 0, ?, ?)")) {
            insert.setBytes(1, ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                    .putLong(id.getLeastSignificantBits()).array());
            insert.setString(2, pseudonymOf(patient));
            insert.setString(3, EARLIER_MODEL);
            insert.setObject(4, now);
            insert.setObject(5, now);
            insert.executeUpdate();
        }
        return at;
    }

    private static int assessmentsBy(String patient, String model) {
        try (Connection db = database();
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from risk_assessment where pseudonym = ? and model_version = ?")) {
            query.setString(1, pseudonymOf(patient));
            query.setString(2, model);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HMAC-SHA256 of the patient id's 16 bytes with the node's key (the IT environment's). */
    private static String pseudonymOf(String patient) {
        UUID id = UUID.fromString(patient);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(System.getenv("HOSPITAL_ANALYTICS_PSEUDONYM_KEY")
                    .getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(ByteBuffer.allocate(16)
                    .putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("medmesh.it.db.port")
                + "/medmesh", "medmesh", System.getenv("HOSPITAL_DB_PASSWORD"));
    }

    /** The value of an application metric in the Prometheus text a node serves. */
    private static double metric(String prometheus, String name) {
        String prefix = name + "{mp_scope=\"application\"} ";
        return prometheus.lines().filter(line -> line.startsWith(prefix)).findFirst()
                .map(line -> Double.parseDouble(line.substring(prefix.length()).strip()))
                .orElseThrow(() -> new AssertionError(name + " not among the metrics:\n" + prometheus));
    }
}
