package org.medmesh.consent;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
 * Consent at a hospital that is not the patient's home (hospIT, for a patient registered at its peer hospX and received
 * through its inbox like any replicated record): once the patient stops sharing, every read and write of the patient's
 * data is refused with a consent-required problem until a clinician breaks the glass; the grant is the clinician's
 * alone, is not granted twice while it runs, flags the audit entries, notifies the administrators and stops working
 * when it expires; a reason that shows nothing grants nothing. At the home hospital consent changes nothing, and a
 * grant made elsewhere for one of its patients notifies its administrators.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentContainerIT {

    private static final String API = "api/v1/";
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final List<StaffLogin> USERS = ContainerNode.users();
    private static final ApiClient NODE = ContainerNode.NODE;
    private static final Ward WARD = new Ward(NODE, USERS);
    private static final PeerChanges HOSP_X = ContainerNode.peer();

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    @Test
    void aPatientWhoStopsSharingIsOpenedElsewhereOnlyByBreakingTheGlass() throws SQLException {
        String family = Ward.unique("Glass");
        String patient = patientOfHospX(family).toString();
        String allergy = WARD.post("nurse", API + "allergies", allergy(patient)).json().getString("id");
        String prescription = WARD.post("doctor", API + "prescriptions", amoxicillin(patient)).json()
                .getString("id");

        stopSharingAtHospX(patient);
        Poll.until(DEADLINE, "the consent from hospX applied here",
                () -> WARD.get("doctor", API + "patients/" + patient).status() == 403);

        Reply refused = WARD.get("doctor", API + "patients/" + patient + "/chart");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("type")).endsWith("/consent-required");
        assertThat(refused.json().getString("detail")).contains("break the glass");
        assertThat(refused.json().getString("breakGlass")).isEqualTo("/api/v1/patients/" + patient + "/break-glass");
        for (String read : List.of("patients/" + patient, "allergies?patient=" + patient,
                "prescriptions?patient=" + patient, "observations?patient=" + patient,
                "encounters?patient=" + patient, "dispensings?patient=" + patient, "prescriptions/" + prescription)) {
            assertThat(WARD.get("pharmacist", API + read).status()).as(read).isEqualTo(403);
        }
        assertThat(WARD.post("nurse", API + "allergies", allergy(patient)).status()).as("a write").isEqualTo(403);
        assertThat(WARD.post("nurse", API + "allergies/" + allergy + "/void", reason("duplicate"), "If-Match", "\"0\"")
                .status()).as("a change of a record by id").isEqualTo(403);
        assertThat(WARD.put("nurse", API + "patients/" + patient + "/consent", consent(true, true, "asked"),
                "If-Match", "\"1\"").status()).as("a consent change").isEqualTo(403);
        JsonObject consent = WARD.get("pharmacist", API + "patients/" + patient + "/consent").json();
        assertThat(consent.getBoolean("sharingWithHospitals")).isFalse();
        assertThat(consent.getString("sharingChangedBy")).isEqualTo("nurse.x");
        assertThat(hit(WARD.get("nurse", API + "patients?name=" + family)).getBoolean("restricted")).isTrue();
        int notificationsBefore = notifications().size();

        Reply blank = WARD.post("doctor", API + "patients/" + patient + "/break-glass", reason("  "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        for (String invisible : List.of("\u00A0\u00A0", "\u2003\u3000", "\u200B\u200B\u200B", "\uFEFF",
                "\u200E\u202E\u2066\u2069", " \u00A0\u200B\t\u3000 ")) {
            Reply hidden = WARD.post("doctor", API + "patients/" + patient + "/break-glass", reason(invisible));
            assertThat(hidden.status()).as("a reason that shows nothing").isEqualTo(400);
            assertThat(hidden.contentType()).startsWith("application/problem+json");
            assertThat(hidden.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        }
        assertThat(outboxEvents("breakglass.granted", patient)).as("nothing granted").isZero();
        assertThat(WARD.post("pharmacist", API + "patients/" + patient + "/break-glass", reason("needed"))
                .status()).isEqualTo(403);
        assertThat(notifications()).hasSize(notificationsBefore);
        assertThat(WARD.get("doctor", API + "patients/" + patient).status()).isEqualTo(403);

        Reply granted = WARD.post("doctor", API + "patients/" + patient + "/break-glass",
                reason("Unconscious in the emergency room"));
        assertThat(granted.status()).isEqualTo(201);
        JsonObject grant = granted.json();
        assertThat(grant.getString("grantee")).isEqualTo(user("doctor"));
        assertThat(Duration.between(Instant.parse(grant.getString("grantedAt")),
                Instant.parse(grant.getString("expiresAt")))).isEqualTo(Duration.ofMinutes(60));

        assertThat(WARD.get("doctor", API + "patients/" + patient + "/chart").status()).isEqualTo(200);
        assertThat(WARD.get("doctor", API + "allergies?patient=" + patient).json().getJsonArray("items"))
                .hasSize(1);
        assertThat(WARD.get("doctor", API + "prescriptions/" + prescription).status()).isEqualTo(200);
        assertThat(hit(WARD.get("doctor", API + "patients?name=" + family)).getBoolean("restricted")).isFalse();
        assertThat(WARD.get("nurse", API + "patients/" + patient + "/chart").status()).as("another user")
                .isEqualTo(403);

        Reply again = WARD.post("doctor", API + "patients/" + patient + "/break-glass", reason("Still unconscious"));
        assertThat(again.status()).as("a second grant while the first runs").isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().getString("type")).endsWith("/break-glass-active");
        assertThat(Instant.parse(again.json().getString("activeUntil")))
                .isEqualTo(Instant.parse(grant.getString("expiresAt")));
        assertThat(again.json().getString("detail")).contains(Instant.parse(grant.getString("expiresAt"))
                .toString());

        JsonArray audit = WARD.get("admin", API + "admin/audit?patient=" + patient + "&user=" + user("doctor"))
                .parse().asJsonArray();
        assertThat(audit.getValuesAs(JsonObject.class)).extracting(ConsentContainerIT::summary).startsWith(
                "POST patients/{id}/break-glass|409|true", "GET patients|200|false",
                "GET prescriptions/{id}|200|true", "GET allergies|200|true", "GET patients/{id}/chart|200|true",
                "POST patients/{id}/break-glass|201|true", "GET patients/{id}|403|false");
        assertThat(notifications().getValuesAs(JsonObject.class)).as("one notification, not extended")
                .filteredOn(n -> patient.equals(n.getString("patientId", null))).hasSize(1);
        JsonObject notice = notifications().getJsonObject(0);
        assertThat(notice.getString("kind")).isEqualTo("break-glass");
        assertThat(notice.getString("subjectId")).isEqualTo(grant.getString("id"));
        assertThat(notice.getString("patientId")).isEqualTo(patient);
        assertThat(notice.getString("hospital")).isEqualTo("hospIT");
        assertThat(notice.getString("actor")).isEqualTo(user("doctor"));
        assertThat(notice.getString("reason")).isEqualTo("Unconscious in the emergency room");
        assertThat(outboxEvents("breakglass.granted", patient)).isEqualTo(1);
        assertThat(grantsOf(patient)).as("no second grant, the first not extended")
                .containsExactly(Instant.parse(grant.getString("expiresAt")));

        expire(grant.getString("id"));
        assertThat(WARD.get("doctor", API + "patients/" + patient + "/chart").status()).as("after expiry")
                .isEqualTo(403);
    }

    @Test
    void atTheHomeHospitalConsentChangesNothingButIsKeptVersionedAndAnnounced() throws SQLException {
        String patient = WARD.post("nurse", API + "patients", Ward.patient("Hanna", Ward.unique("Home")).build())
                .json().getString("id");
        Reply defaults = WARD.get("pharmacist", API + "patients/" + patient + "/consent");
        assertThat(defaults.etag()).contains("\"0\"");
        assertThat(defaults.json().getBoolean("sharingWithHospitals")).isTrue();
        assertThat(defaults.json().getBoolean("analyticsUse")).isTrue();

        Reply invalid = WARD.put("nurse", API + "patients/" + patient + "/consent", Json.createObjectBuilder()
                .add("reason", " ").build(), "If-Match", "\"0\"");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("sharingWithHospitals", "analyticsUse", "reason");
        assertThat(WARD.put("nurse", API + "patients/" + patient + "/consent", consent(false, false, "asked"))
                .status()).as("no If-Match").isEqualTo(428);
        assertThat(WARD.put("pharmacist", API + "patients/" + patient + "/consent", consent(false, false,
                "asked"), "If-Match", "\"0\"").status()).isEqualTo(403);
        assertThat(outboxEvents("consent.changed", patient)).as("nothing changed by refused requests").isZero();

        Reply changed = WARD.put("nurse", API + "patients/" + patient + "/consent",
                consent(false, false, "Patient's written request"), "If-Match", "\"0\"");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.etag()).contains("\"1\"");
        assertThat(changed.json().getString("sharingChangedBy")).isEqualTo(user("nurse"));
        assertThat(changed.json().getString("analyticsReason")).isEqualTo("Patient's written request");
        assertThat(outboxEvents("consent.changed", patient)).isEqualTo(1);
        Reply stale = WARD.put("doctor", API + "patients/" + patient + "/consent", consent(true, false, "again"),
                "If-Match", "\"0\"");
        assertThat(stale.status()).as("stale").isEqualTo(412);
        assertThat(stale.json().getString("type")).endsWith("/stale-version");

        assertThat(WARD.get("pharmacist", API + "patients/" + patient + "/chart").status()).isEqualTo(200);
        assertThat(WARD.get("pharmacist", API + "allergies?patient=" + patient).status()).isEqualTo(200);
        Reply notNeeded = WARD.post("doctor", API + "patients/" + patient + "/break-glass", reason("just in case"));
        assertThat(notNeeded.status()).isEqualTo(422);
        assertThat(notNeeded.json().getString("type")).endsWith("/break-glass-not-needed");
    }

    @Test
    void aGrantMadeElsewhereForAPatientOfThisHospitalNotifiesItsAdministratorsOnce() {
        String patient = WARD.post("nurse", API + "patients", Ward.patient("Greta", Ward.unique("Notice")).build())
                .json().getString("id");
        UUID grant = UUID.randomUUID();
        JsonObject state = Json.createObjectBuilder().add("id", grant.toString()).add("patientId", patient)
                .add("grantee", "dr.x").add("reason", "Collapsed at the station")
                .add("grantedAt", PeerChanges.now().toString())
                .add("expiresAt", PeerChanges.now().plus(Duration.ofHours(1)).toString())
                .add("record", HOSP_X.record("dr.x")).build();

        HOSP_X.send("breakglass.granted", grant, UUID.fromString(patient), state);
        HOSP_X.send("breakglass.granted", grant, UUID.fromString(patient), state);

        Poll.until(DEADLINE, "the notification of hospX's grant", () -> notifications().getValuesAs(JsonObject.class)
                .stream().anyMatch(n -> n.getString("subjectId").equals(grant.toString())));
        Poll.until(DEADLINE, "both copies of the grant handled", () -> inboxEntries(grant) == 2);
        List<JsonObject> notices = notifications().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("subjectId").equals(grant.toString())).toList();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).getString("hospital")).isEqualTo("hospX");
        assertThat(notices.get(0).getString("actor")).isEqualTo("dr.x");
        assertThat(notices.get(0).getString("patientId")).isEqualTo(patient);
        assertThat(WARD.get("admin", API + "admin/notifications?limit=0").status()).isEqualTo(400);
        assertThat(WARD.get("doctor", API + "admin/notifications").status()).isEqualTo(403);
        assertThat(WARD.get("doctor", API + "notifications?limit=500").parse().asJsonArray()
                .getValuesAs(JsonObject.class)).as("administrators' notices are not the clinicians'")
                .noneMatch(n -> n.getString("kind").equals("break-glass"));
    }

    @Test
    void aParkedConflictAboutAPatientWhoStopsSharingIsWithheldUntilTheGlassIsBroken() {
        String family = Ward.unique("Parked");
        UUID id = patientOfHospX(family);
        String patient = id.toString();
        Reply before = WARD.get("nurse", API + "patients/" + patient);
        Reply edited = WARD.put("nurse", API + "patients/" + patient,
                Ward.patient("Xena", family).build(), "If-Match", before.etag());
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        HOSP_X.renamePatient(id, "Xenia-Maria", family);
        Poll.until(DEADLINE, "the concurrent edits parked", () -> conflictOf(patient) != null);
        JsonObject parked = conflictOf(patient);
        String conflict = API + "sync/conflicts/" + parked.getString("id");
        assertThat(parked.getBoolean("restricted")).isFalse();
        assertThat(parked.getJsonObject("loser").containsKey("state")).isTrue();

        stopSharingAtHospX(patient);
        Poll.until(DEADLINE, "the consent from hospX applied here",
                () -> WARD.get("doctor", API + "patients/" + patient).status() == 403);

        JsonObject listed = conflictOf(patient);
        assertThat(listed.getBoolean("restricted")).isTrue();
        assertThat(listed.getJsonObject("winner").containsKey("state")).isFalse();
        assertThat(listed.getJsonObject("loser").containsKey("state")).isFalse();
        Reply refused = WARD.get("nurse", conflict);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("type")).endsWith("/consent-required");
        JsonObject keep = Json.createObjectBuilder().add("resolution", "KEEP_WINNER").build();
        assertThat(WARD.post("doctor", conflict + "/resolve", keep).status()).isEqualTo(403);
        assertThat(conflictOf(patient).getString("status")).isEqualTo("OPEN");

        Reply glass = WARD.post("doctor", API + "patients/" + patient + "/break-glass",
                reason("Reviewing the patient's conflicting records"));
        assertThat(glass.status()).as(glass.body()).isEqualTo(201);
        Reply opened = WARD.get("doctor", conflict);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().getJsonObject("loser").getJsonObject("state").getString("familyName"))
                .isEqualTo(family);
        assertThat(WARD.get("nurse", conflict).status()).as("the grant is the doctor's alone").isEqualTo(403);
    }

    /**
     * The open conflict about this patient in the review queue, as a doctor sees the list; null while there is none.
     */
    private static JsonObject conflictOf(String patient) {
        return WARD.get("doctor", API + "sync/conflicts?open=true&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(c -> patient.equals(c.getString("patientId", null)))
                .findFirst().orElse(null);
    }

    /** A patient registered at hospX, received through this hospital's inbox. */
    private static UUID patientOfHospX(String family) {
        UUID id = HOSP_X.registerPatient("Xenia", family);
        Poll.until(DEADLINE, "hospX's patient received",
                () -> WARD.get("doctor", API + "patients/" + id).status() == 200);
        return id;
    }

    private static void stopSharingAtHospX(String patient) {
        HOSP_X.stopSharing(UUID.fromString(patient));
    }

    private static JsonObject hit(Reply search) {
        JsonArray items = search.json().getJsonArray("items");
        assertThat(items).hasSize(1);
        return items.getJsonObject(0);
    }

    private static JsonArray notifications() {
        return WARD.get("admin", API + "admin/notifications").parse().asJsonArray();
    }

    private static String summary(JsonObject entry) {
        return entry.getString("action") + "|" + entry.getInt("status") + "|" + entry.getBoolean("breakGlass");
    }

    private static String user(String role) {
        return StaffLogins.withRole(USERS, role).username();
    }

    private static JsonObject allergy(String patient) {
        return Json.createObjectBuilder().add("patientId", patient)
                .add("substance", Ward.code(null, null, "Latex")).add("reaction", "rash").add("severity", "MILD")
                .build();
    }

    private static JsonObject amoxicillin(String patient) {
        return Json.createObjectBuilder().add("patientId", patient)
                .add("drug", Ward.code("http://www.nlm.nih.gov/research/umls/rxnorm", "308182",
                        "Amoxicillin 500 MG Oral Capsule"))
                .add("dose", 500).add("doseUnit", "mg").add("route", "ORAL").add("frequency", "every 8 hours")
                .add("durationDays", 7).build();
    }

    private static JsonObject consent(boolean sharing, boolean analytics, String reason) {
        return Json.createObjectBuilder().add("sharingWithHospitals", sharing).add("analyticsUse", analytics)
                .add("reason", reason).build();
    }

    private static JsonObject reason(String reason) {
        return Json.createObjectBuilder().add("reason", reason).build();
    }

    private static int outboxEvents(String type, String patient) throws SQLException {
        try (Connection db = database();
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from outbox_event where event_type = ? and patient_id = ?")) {
            query.setString(1, type);
            query.setBytes(2, bytes(UUID.fromString(patient)));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static int inboxEntries(UUID aggregate) {
        try (Connection db = database();
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from sync_inbox where aggregate_id = ?")) {
            query.setBytes(1, bytes(aggregate));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The expiry of every break-the-glass grant stored for the patient (the node stores UTC). */
    private static List<Instant> grantsOf(String patient) throws SQLException {
        try (Connection db = database();
                PreparedStatement query = db.prepareStatement(
                        "select expires_at from break_glass_grant where patient_id = ?")) {
            query.setBytes(1, bytes(UUID.fromString(patient)));
            List<Instant> expiries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    expiries.add(rows.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC));
                }
            }
            return expiries;
        }
    }

    /** Moves the grant's expiry into the past, as time would. */
    private static void expire(String grant) throws SQLException {
        try (Connection db = database();
                PreparedStatement update = db.prepareStatement(
                        "update break_glass_grant set expires_at = utc_timestamp(6) - interval 1 second where id = ?")) {
            update.setBytes(1, bytes(UUID.fromString(grant)));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("medmesh.it.db.port")
                + "/medmesh", "medmesh", System.getenv("HOSPITAL_DB_PASSWORD"));
    }

    private static byte[] bytes(UUID id) {
        return java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array();
    }
}
