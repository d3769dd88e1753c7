package org.medmesh.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmesh.testsupport.Ward.code;
import static org.medmesh.testsupport.Ward.patient;
import static org.medmesh.testsupport.Ward.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medmesh.client.ApiClient;
import org.medmesh.client.Reply;
import org.medmesh.client.StaffLogins;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.VersionVector;
import org.medmesh.testsupport.ContainerNode;
import org.medmesh.testsupport.PeerChanges;
import org.medmesh.testsupport.Poll;
import org.medmesh.testsupport.Ward;

/**
 * The ward workflow through REST alone, on the real EAR and MariaDB: register, record vitals, add an allergy, be
 * refused a conflicting prescription, override it with a reason, dispense it, read the chart.
 */
@ExtendWith(ArquillianExtension.class)
class ClinicalRecordsContainerIT {

    private static final Path IT_DIR = ContainerNode.IT_DIR;
    private static final Ward WARD = ContainerNode.ward();
    private static final ApiClient NODE = ContainerNode.NODE;
    private static final PeerChanges HOSP_X = ContainerNode.peer();
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String API = "api/v1/";
    private static final String LOINC = "http://loinc.org";
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    private static String register(String familyName) {
        Reply created = WARD.post("nurse", API + "patients", patient("Anna", familyName).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("id");
    }

    private static Reply vital(String patientId, String loinc, String display, String value, String unit) {
        return WARD.post("nurse", API + "observations", Json.createObjectBuilder().add("patientId", patientId)
                .add("code", code(LOINC, loinc, display))
                .add("value", Json.createValue(new java.math.BigDecimal(value)))
                .add("unit", unit).build());
    }

    private static JsonObject amoxicillin(String patientId) {
        return Json.createObjectBuilder().add("patientId", patientId)
                .add("drug", code(RXNORM, "308182", "Amoxicillin 500 MG Oral Capsule")).add("dose", 500)
                .add("doseUnit", "mg").add("route", "ORAL").add("frequency", "every 8 hours").add("durationDays", 7)
                .build();
    }

    @Test
    void shouldSupportTheWardWorkflowFromRegistrationToChart() {
        String patientId = register(unique("Workflow"));

        assertThat(vital(patientId, "8867-4", "Heart rate", "88", "/min").status()).isEqualTo(201);
        Reply systolic = vital(patientId, "8480-6", "Systolic blood pressure", "152", "mm[Hg]");
        assertThat(systolic.json().getString("interpretation")).isEqualTo("HIGH");

        Reply allergy = WARD.post("nurse", API + "allergies", Json.createObjectBuilder().add("patientId", patientId)
                .add("substance", code(null, null, "Penicillin")).add("reaction", "anaphylaxis")
                .add("severity", "SEVERE").build());
        assertThat(allergy.status()).isEqualTo(201);

        Reply refused = WARD.post("doctor", API + "prescriptions", amoxicillin(patientId));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("type")).endsWith("/prescription-conflict");
        assertThat(refused.json().getJsonArray("conflicts").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("kind") + ": " + c.getString("description"))
                .containsExactly(
                        "ALLERGY: Patient has an active severe allergy to Penicillin (reaction: anaphylaxis).");

        JsonObject overriding = Json.createObjectBuilder(amoxicillin(patientId))
                .add("overrideReason", "Tolerated amoxicillin in 2024 under observation").build();
        Reply prescribed = WARD.post("doctor", API + "prescriptions", overriding);
        assertThat(prescribed.status()).isEqualTo(201);
        JsonObject prescription = prescribed.json();
        assertThat(prescription.getString("status")).isEqualTo("ACTIVE");
        assertThat(prescription.getString("overrideReason"))
                .isEqualTo("Tolerated amoxicillin in 2024 under observation");
        assertThat(prescription.getString("overriddenConflicts")).contains("allergy to Penicillin");

        String prescriptionId = prescription.getString("id");
        Reply dispensed = WARD.post("pharmacist", API + "prescriptions/" + prescriptionId + "/dispense",
                Json.createObjectBuilder().add("quantity", "21 capsules").build(), "If-Match", prescribed.etag());
        assertThat(dispensed.status()).as(dispensed.body()).isEqualTo(201);
        assertThat(WARD.get("doctor", API + "prescriptions/" + prescriptionId).json().getString("status"))
                .isEqualTo("DISPENSED");

        JsonObject chart = WARD.get("doctor", API + "patients/" + patientId + "/chart").json();
        assertThat(chart.getJsonObject("patient").getString("mrn")).startsWith("hospIT-");
        assertThat(chart.getJsonArray("allergies")).hasSize(1);
        assertThat(chart.getJsonArray("activeMedications").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("status")).containsExactly("DISPENSED");
        assertThat(chart.getJsonArray("latestVitals").getValuesAs(JsonObject.class))
                .extracting(v -> v.getJsonObject("code").getString("code")).containsExactlyInAnyOrder("8867-4",
                        "8480-6");

        assertThat(eventTypes(patientId)).containsExactly("patient.registered", "observation.recorded",
                "observation.recorded", "allergy.added", "prescription.created", "prescription.dispensed",
                "dispensing.recorded");
    }

    /**
     * The chart's records are kept in the data grid at the patient's record generation: a second read is served from
     * there, and neither a write here nor a change received from a peer ever lets a read return the chart from before
     * it (without the generation's renewal the kept chart would be served for its ten minutes).
     */
    @Test
    void shouldServeAChartFromTheGridYetNeverTheOneFromBeforeAWriteHereOrAChangeReceived() {
        String patientId = register(unique("Cached"));
        String chart = API + "patients/" + patientId + "/chart";
        assertThat(WARD.get("doctor", chart).json().getJsonArray("allergies")).isEmpty();
        long hits = hotReads("hit");
        assertThat(WARD.get("nurse", chart).json().getJsonArray("allergies")).isEmpty();
        assertThat(hotReads("hit")).as("the second read served from the grid").isEqualTo(hits + 1);

        Reply allergy = WARD.post("nurse", API + "allergies", Json.createObjectBuilder().add("patientId", patientId)
                .add("substance", code(null, null, "Latex")).add("reaction", "urticaria").add("severity", "MILD")
                .build());
        assertThat(allergy.status()).as(allergy.body()).isEqualTo(201);
        long stale = hotReads("stale");
        assertThat(WARD.get("doctor", chart).json().getJsonArray("allergies").getValuesAs(JsonObject.class))
                .as("the read right after the write").extracting(a -> a.getJsonObject("substance")
                        .getString("display"))
                .containsExactly("Latex");
        assertThat(hotReads("stale")).as("the chart kept before the write found and passed over")
                .isEqualTo(stale + 1);
        assertThat(WARD.get("doctor", chart).json().getJsonArray("allergies")).hasSize(1);

        UUID received = HOSP_X.send("prescription.created", UUID.randomUUID(), UUID.fromString(patientId),
                Json.createObjectBuilder().add("schemaVersion", 1).add("id", UUID.randomUUID().toString())
                        .add("patientId", patientId).addNull("encounterId")
                        .add("drug", code(RXNORM, "29046", "Lisinopril 10 MG Oral Tablet")).add("dose", 10)
                        .add("doseUnit", "mg").add("route", "ORAL").add("frequency", "daily").add("durationDays", 30)
                        .add("status", "ACTIVE").add("record", HOSP_X.record("dr.x")).build());
        Poll.until(DEADLINE, "hospX's prescription (event " + received + ") in the chart",
                () -> !WARD.get("doctor", chart).json().getJsonArray("activeMedications").isEmpty());
        assertThat(WARD.get("doctor", chart).json().getJsonArray("activeMedications").getValuesAs(JsonObject.class))
                .extracting(m -> m.getJsonObject("drug").getString("code")).containsExactly("29046");
        assertThat(WARD.get("admin", chart).status()).as("the role check before the grid").isEqualTo(403);
    }

    /** {@code medmesh_hot_reads_total} of the charts for one outcome, as the node's metrics say. */
    private static long hotReads(String outcome) {
        return ContainerNode.scrape("scope=application").lines()
                .filter(l -> l.startsWith("medmesh_hot_reads_total{") && l.contains("region=\"chart\"")
                        && l.contains("outcome=\"" + outcome + "\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void shouldEnforceTheRoleMatrix() {
        String patientId = register(unique("Roles"));
        assertThat(WARD.post("nurse", API + "prescriptions", amoxicillin(patientId)).status()).isEqualTo(403);
        assertThat(WARD.post("pharmacist", API + "patients", patient("P", unique("X")).build()).status())
                .isEqualTo(403);
        assertThat(WARD.get("admin", API + "patients/" + patientId).status()).isEqualTo(403);
        assertThat(WARD.get("admin", API + "patients/" + patientId + "/chart").status()).isEqualTo(403);
        assertThat(WARD.get("pharmacist", API + "patients/" + patientId + "/chart").status()).isEqualTo(200);

        Reply prescribed = WARD.post("doctor", API + "prescriptions", amoxicillin(patientId));
        String dispense = API + "prescriptions/" + prescribed.json().getString("id") + "/dispense";
        JsonObject quantity = Json.createObjectBuilder().add("quantity", "21").build();
        assertThat(WARD.post("doctor", dispense, quantity, "If-Match", prescribed.etag()).status()).isEqualTo(403);
        assertThat(WARD.post("pharmacist", dispense, quantity, "If-Match", prescribed.etag()).status())
                .isEqualTo(201);
        Reply twice = WARD.post("pharmacist", dispense, quantity, "If-Match", "\"1\"");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().getString("detail")).isEqualTo(
                "A prescription that is dispensed cannot become dispensed.");
    }

    @Test
    void shouldRefuseDuplicateTherapy() {
        String patientId = register(unique("Duplicate"));
        assertThat(WARD.post("doctor", API + "prescriptions", amoxicillin(patientId)).status()).isEqualTo(201);
        Reply again = WARD.post("doctor", API + "prescriptions", amoxicillin(patientId));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().getJsonArray("conflicts").getJsonObject(0).getString("kind"))
                .isEqualTo("DUPLICATE_THERAPY");
    }

    @Test
    void shouldExplainInvalidInputAndChangeNothing() {
        Reply missing = WARD.post("nurse", API + "patients", Json.createObjectBuilder().add("sex", "X").build());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("givenName", "familyName", "birthDate", "sex");

        String family = unique("Invalid");
        Reply future = WARD.post("nurse", API + "patients", patient("Anna", family).add("birthDate", "2999-01-01")
                .build());
        assertThat(future.status()).isEqualTo(422);
        assertThat(WARD.get("nurse", API + "patients?name=" + family).json().getJsonArray("items")).isEmpty();

        String patientId = register(unique("Vitals"));
        Reply implausible = vital(patientId, "8867-4", "Heart rate", "720", "/min");
        assertThat(implausible.status()).isEqualTo(422);
        assertThat(implausible.json().getString("detail")).contains("plausible range");
        assertThat(vital(patientId, "8867-4", "Heart rate", "72", "bpm").json().getString("detail"))
                .isEqualTo("Heart rate is recorded in /min, not bpm.");
        assertThat(WARD.get("nurse", API + "observations?patient=" + patientId).json().getJsonArray("items"))
                .isEmpty();
        assertThat(WARD.get("nurse", API + "observations").status()).isEqualTo(400);
        assertThat(WARD.get("nurse", API + "patients/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void shouldGiveExactlyOneOfTwoConcurrentUpdatesA412() throws Exception {
        Reply created = WARD.post("nurse", API + "patients", patient("Anna", unique("Race")).build());
        String path = API + "patients/" + created.json().getString("id");
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Reply>> updates = new ArrayList<>();
        for (String city : List.of("Linz", "Wels")) {
            JsonObject body = patient("Anna", created.json().getString("familyName")).add("city", city).build();
            updates.add(CompletableFuture.supplyAsync(() -> {
                awaitQuietly(go);
                return WARD.put("nurse", path, body, "If-Match", created.etag());
            }));
        }
        go.countDown();
        List<Integer> statuses = updates.stream().map(CompletableFuture::join).map(Reply::status).sorted().toList();
        assertThat(statuses).as("the loser's If-Match was no longer current").containsExactly(200, 412);
        JsonObject stored = WARD.get("nurse", path).json();
        assertThat(stored.getJsonObject("record").getInt("version")).isEqualTo(1);
        assertThat(stored.getString("city")).isIn("Linz", "Wels");
    }

    @Test
    void shouldRequireIfMatchForChanges() {
        Reply created = WARD.post("nurse", API + "patients", patient("Anna", unique("IfMatch")).build());
        String path = API + "patients/" + created.json().getString("id");
        JsonObject body = patient("Anna", "Other").build();
        Reply missing = WARD.put("nurse", path, body);
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().getString("type")).endsWith("/if-match-required");
        Reply stale = WARD.put("nurse", path, body, "If-Match", "\"7\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().getString("type")).endsWith("/stale-version");
        assertThat(stale.json().getInt("currentVersion")).isEqualTo(0);
        Reply updated = WARD.put("nurse", path, body, "If-Match", created.etag());
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.etag()).isEqualTo("\"1\"");

        List<String[]> stamps = outbox(created.json().getString("id"), "hlc, version_vector");
        assertThat(stamps).hasSize(2);
        Hlc registered = Hlc.parse(stamps.get(0)[0]);
        Hlc changed = Hlc.parse(stamps.get(1)[0]);
        assertThat(registered.hospital().value()).isEqualTo("hospIT");
        assertThat(changed.after(registered)).isTrue();
        assertThat(VersionVector.parse(stamps.get(1)[1]).compare(VersionVector.parse(stamps.get(0)[1])))
                .isEqualTo(VersionVector.Order.AFTER);
    }

    @Test
    void shouldFindPatientsByNameIgnoringCaseAndAccents() {
        String family = unique("Müller");
        WARD.post("nurse", API + "patients", patient("Zoë", family).build());
        String folded = family.replace("ü", "u").toUpperCase();
        JsonObject page = WARD.get("pharmacist", API + "patients?name=zoe%20" + folded.substring(0, 9)).json();
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("familyName")).containsExactly(family);
        assertThat(WARD.get("nurse", API + "patients").status()).isEqualTo(422);
        assertThat(WARD.get("nurse", API + "patients?name=x&size=500").status()).isEqualTo(400);
    }

    @Test
    void shouldLeaveVoidedPatientsOutOfANameSearchUnlessAsked() {
        String family = unique("Voidsearch");
        WARD.post("nurse", API + "patients", patient("Bea", family).build());
        Reply mistaken = WARD.post("nurse", API + "patients", patient("Abe", family).build());
        assertThat(WARD.post("doctor", API + "patients/" + mistaken.json().getString("id") + "/void", Json
                .createObjectBuilder().add("reason", "registered twice").build(), "If-Match", mistaken.etag())
                .status()).isEqualTo(200);
        String search = API + "patients?name=" + family.toLowerCase(java.util.Locale.ROOT);

        assertThat(WARD.get("nurse", search).json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("givenName")).containsExactly("Bea");
        assertThat(WARD.get("nurse", search + "&includeVoided=true").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(p -> p.getString("givenName"))
                .as("in name order, the voided one too").containsExactly("Abe", "Bea");
    }

    @Test
    void shouldHideVoidedRecordsUnlessAsked() {
        String patientId = register(unique("Void"));
        Reply observation = vital(patientId, "8310-5", "Body temperature", "36.6", "Cel");
        String voidPath = API + "observations/" + observation.json().getString("id") + "/void";
        assertThat(WARD.post("nurse", voidPath, Json.createObjectBuilder().add("reason", " ").build(), "If-Match",
                observation.etag()).status()).isEqualTo(400);
        Reply voided = WARD.post("nurse", voidPath, Json.createObjectBuilder().add("reason", "wrong patient")
                .build(), "If-Match", observation.etag());
        assertThat(voided.json().getJsonObject("record").getString("voidedBy")).isEqualTo(
                StaffLogins.withRole(ContainerNode.users(), "nurse").username());
        String list = API + "observations?patient=" + patientId;
        assertThat(WARD.get("nurse", list).json().getJsonArray("items")).isEmpty();
        assertThat(WARD.get("nurse", list + "&includeVoided=true").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(o -> o.getJsonObject("record").getString("voidReason"))
                .containsExactly("wrong patient");
    }

    @Test
    void shouldRunVisitsTreatmentsNotesAndProblemsThroughTheirStatusFlows() {
        String patientId = register(unique("Flows"));
        String nurse = StaffLogins.withRole(ContainerNode.users(), "nurse").username();
        Reply visit = WARD.post("nurse", API + "encounters", Json.createObjectBuilder().add("patientId", patientId)
                .add("type", "INPATIENT").add("ward", "Cardiology").build());
        assertThat(visit.json().getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(visit.json().getString("attending")).isEqualTo(nurse);
        String visitId = visit.json().getString("id");

        Reply ordered = WARD.post("doctor", API + "treatments", Json.createObjectBuilder().add("patientId", patientId)
                .add("encounterId", visitId).add("code", code(null, null, "Wound dressing change")).build());
        String treatment = API + "treatments/" + ordered.json().getString("id");
        assertThat(WARD.post("nurse", treatment + "/complete", null, "If-Match", ordered.etag()).status())
                .isEqualTo(409);
        Reply started = WARD.post("nurse", treatment + "/start", null, "If-Match", ordered.etag());
        assertThat(started.json().getString("performedBy")).isEqualTo(nurse);
        Reply completed = WARD.post("nurse", treatment + "/complete", Json.createObjectBuilder()
                .add("outcome", "clean wound").build(), "If-Match", started.etag());
        assertThat(completed.json().getString("status")).isEqualTo("COMPLETED");

        Reply condition = WARD.post("doctor", API + "conditions", Json.createObjectBuilder()
                .add("patientId", patientId)
                .add("code", code("http://snomed.info/sct", "38341003", "Hypertensive disorder")).build());
        Reply resolved = WARD.put("doctor", API + "conditions/" + condition.json().getString("id") + "/status",
                Json.createObjectBuilder().add("status", "RESOLVED").build(), "If-Match", condition.etag());
        assertThat(resolved.json().getString("abatementDate")).isEqualTo(java.time.LocalDate.now(
                java.time.ZoneOffset.UTC).toString());

        Reply note = WARD.post("nurse", API + "notes", Json.createObjectBuilder().add("patientId", patientId)
                .add("encounterId", visitId).add("type", "NURSING").add("text", "Slept well.").build());
        String amend = API + "notes/" + note.json().getString("id") + "/amend";
        JsonObject corrected = Json.createObjectBuilder().add("text", "Slept well; pain 2/10.").build();
        Reply notTheAuthor = WARD.post("doctor", amend, corrected, "If-Match", note.etag());
        assertThat(notTheAuthor.status()).isEqualTo(403);
        assertThat(notTheAuthor.json().getString("type")).endsWith("/not-the-author");
        assertThat(WARD.post("nurse", amend, corrected, "If-Match", note.etag()).status()).isEqualTo(201);
        assertThat(WARD.get("doctor", API + "notes?patient=" + patientId).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(n -> n.getString("text"))
                .containsExactly("Slept well; pain 2/10.");
        assertThat(WARD.get("doctor", API + "notes?patient=" + patientId + "&includeVoided=true").json()
                .getJsonArray("items")).hasSize(2);

        Reply finished = WARD.post("nurse", API + "encounters/" + visitId + "/finish", null, "If-Match",
                visit.etag());
        assertThat(finished.json().getString("status")).isEqualTo("FINISHED");
        assertThat(WARD.post("nurse", API + "encounters/" + visitId + "/finish", null, "If-Match", finished.etag())
                .status()).isEqualTo(409);
        JsonObject chart = WARD.get("doctor", API + "patients/" + patientId + "/chart").json();
        assertThat(chart.getJsonArray("activeProblems")).isEmpty();
        assertThat(chart.getJsonArray("recentEncounters").getJsonObject(0).getString("status")).isEqualTo("FINISHED");

        String other = register(unique("Other"));
        Reply crossed = WARD.post("nurse", API + "observations", Json.createObjectBuilder().add("patientId", other)
                .add("encounterId", visitId).add("code", code(LOINC, "8867-4", "Heart rate")).add("value", 70)
                .add("unit", "/min").build());
        assertThat(crossed.json().getString("type")).endsWith("/encounter-of-other-patient");
    }

    @Test
    void shouldLetOnlyTheAuthorVoidANoteAsOnlyTheAuthorMayAmendIt() {
        String patientId = register(unique("NoteVoid"));
        Reply note = WARD.post("nurse", API + "notes", Json.createObjectBuilder().add("patientId", patientId)
                .add("type", "NURSING").add("text", "Slept well.\r\nPain:\t2/10\nMobile.").build());
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        assertThat(note.json().getString("text")).as("line breaks and tabs kept")
                .isEqualTo("Slept well.\r\nPain:\t2/10\nMobile.");
        String voidPath = API + "notes/" + note.json().getString("id") + "/void";
        JsonObject reason = Json.createObjectBuilder().add("reason", "written for the wrong patient").build();

        Reply byOther = WARD.post("doctor", voidPath, reason, "If-Match", note.etag());
        assertThat(byOther.status()).isEqualTo(403);
        assertThat(byOther.contentType()).startsWith("application/problem+json");
        assertThat(byOther.json().getString("type")).endsWith("/not-the-author");
        assertThat(WARD.post("nurse", voidPath, reason).status()).as("no If-Match").isEqualTo(428);
        assertThat(WARD.post("nurse", voidPath, reason, "If-Match", "\"5\"").status()).as("stale").isEqualTo(412);
        assertThat(WARD.get("doctor", API + "notes?patient=" + patientId).json().getJsonArray("items"))
                .as("still in force").hasSize(1);
        assertThat(eventTypes(patientId)).as("nothing announced by refused requests")
                .containsExactly("patient.registered", "note.written");

        Reply voided = WARD.post("nurse", voidPath, reason, "If-Match", note.etag());
        assertThat(voided.status()).as(voided.body()).isEqualTo(200);
        assertThat(voided.json().getJsonObject("record").getString("voidReason"))
                .isEqualTo("written for the wrong patient");
    }

    @Test
    void shouldRefuseHiddenCharactersInNotesButKeepTheirLineBreaks() {
        String patientId = register(unique("NoteText"));
        for (String text : List.of("Paracetamol \u202E500 mg", "Dose \u2066x\u2069", "Slept\u0000 well.",
                "\u200B\u00A0\n")) {
            Reply refused = WARD.post("nurse", API + "notes", Json.createObjectBuilder().add("patientId", patientId)
                    .add("type", "NURSING").add("text", text).build());
            assertThat(refused.status()).as(text).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("text");
        }
        assertThat(eventTypes(patientId)).containsExactly("patient.registered");
    }

    @Test
    void shouldRefuseControlAndInvisibleCharactersInANameAndRegisterNothing() {
        String family = unique("Hidden");
        List<JsonObject> refusedBodies = List.of(
                patient("Anna\r\nMaria", family).build(),
                patient("Anna\n", family).build(),
                patient("Anna", family + "\u202E").build(),
                patient("An\u200Bna", family).build(),
                patient("Anna", family).add("nationalId", "AB\u200B12").build(),
                patient("\u00A0\u3000", family).build());
        List<String> fields = new ArrayList<>();
        for (JsonObject body : refusedBodies) {
            Reply refused = WARD.post("nurse", API + "patients", body);
            assertThat(refused.status()).as(body.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            fields.add(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertThat(fields).containsExactly("givenName", "givenName", "familyName", "givenName", "nationalId",
                "givenName");
        assertThat(WARD.get("nurse", API + "patients?name=" + family.toLowerCase(java.util.Locale.ROOT)).json()
                .getJsonArray("items")).as("nothing registered").isEmpty();

        Reply created = WARD.post("nurse", API + "patients", patient("Anna", family).build());
        String path = API + "patients/" + created.json().getString("id");
        Reply renamed = WARD.put("nurse", path, patient("Anna\u202E", family).build(), "If-Match", created.etag());
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("givenName");
        Reply unchanged = WARD.get("nurse", path);
        assertThat(unchanged.etag()).isEqualTo(created.etag());
        assertThat(unchanged.json().getString("givenName")).isEqualTo("Anna");
    }

    @Test
    void shouldDescribeTheApiWithOpenApiAndAnInteractiveExplorer() {
        ApiClient node = ContainerNode.NODE;
        Reply document = node.send("GET", "openapi", null, null, "Accept", "application/json");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).contains("MedMesh hospital node API", "/api/v1/prescriptions/{id}/dispense",
                "/api/v1/patients/{id}/chart", "bearer");
        Reply explorer = node.get("api-docs/");
        assertThat(explorer.status()).isEqualTo(200);
        assertThat(explorer.body()).contains("swagger-ui-bundle.js", "medmesh-initializer.js");
        assertThat(node.get("api-docs/swagger-ui-bundle.js").status()).isEqualTo(200);
        assertThat(node.get("api-docs/medmesh-initializer.js").body()).contains("url: \"/openapi\"");
    }

    private static List<String> eventTypes(String patientId) {
        return outbox(patientId, "event_type").stream().map(row -> row[0]).toList();
    }

    /** Columns of the outbox rows about one patient, in commit order. */
    private static List<String[]> outbox(String patientId, String columns) {
        String url = "jdbc:mariadb://127.0.0.1:" + System.getProperty("medmesh.it.db.port") + "/medmesh";
        try (Connection db = DriverManager.getConnection(url, "medmesh", System.getenv("HOSPITAL_DB_PASSWORD"));
                PreparedStatement query = db.prepareStatement(
                        "select " + columns + " from outbox_event where patient_id = ? order by seq")) {
            UUID id = UUID.fromString(patientId);
            query.setBytes(1, java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                    .putLong(id.getLeastSignificantBits()).array());
            List<String[]> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                int width = result.getMetaData().getColumnCount();
                while (result.next()) {
                    String[] row = new String[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = result.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
