package org.medmesh.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medmesh.client.ApiClient;
import org.medmesh.client.EventStream;
import org.medmesh.client.Reply;
import org.medmesh.client.ServerSentEvent;
import org.medmesh.testsupport.ContainerNode;
import org.medmesh.testsupport.PeerChanges;
import org.medmesh.testsupport.Poll;
import org.medmesh.testsupport.Ward;

/**
 * Notifications end to end on a real node: a prescription reaches the pharmacists' inboxes and live streams (once,
 * resumable with Last-Event-ID), never its prescriber's; a prescription received from another hospital reaches the
 * patient's care team here once however often it is delivered; a pharmacist who may not see a non-sharing patient of
 * another hospital is told only that there is a prescription; a treatment order reaches its ward's nurses and an
 * abnormal result the attending doctor; each person reads and marks only their own inbox.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationContainerIT {

    private static final String API = "api/v1/";
    private static final String STREAM = API + "notifications/stream";
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final ApiClient NODE = ContainerNode.NODE;
    private static final Ward WARD = new Ward(NODE, ContainerNode.users());
    private static final PeerChanges HOSP_X = ContainerNode.peer();

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    @Test
    void aPharmacistsStreamGetsEachPrescriptionOnceAndResumesAfterTheLastEventReceived() throws Exception {
        String patient = registered("Stream");
        JsonObject first;
        try (EventStream stream = NODE.stream(STREAM, WARD.token("pharmacist"), null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");

            prescribe(patient, "308182", "Amoxicillin 500 MG Oral Capsule");

            first = nextAbout(stream, patient);
            assertThat(first.getString("kind")).isEqualTo("prescription");
            assertThat(first.getString("rule")).isEqualTo("prescription-to-pharmacy");
            assertThat(first.getString("summary")).startsWith("Amoxicillin 500 MG Oral Capsule 500 mg, oral");
            assertThat(first.getBoolean("redacted")).isFalse();
            assertThat(first.getString("actor")).isEqualTo(WARD.username("doctor"));
        }
        List<JsonObject> inbox = inboxAbout("pharmacist", patient);
        assertThat(inbox).as("one inbox entry for the prescription").hasSize(1);
        assertThat(inbox.get(0).getJsonNumber("seq").longValue()).isEqualTo(first.getJsonNumber("seq").longValue());
        assertThat(inboxAbout("doctor", patient)).as("the prescriber is not told of his own prescription").isEmpty();

        prescribe(patient, "198440", "Acetaminophen 500 MG Oral Tablet");
        prescribe(patient, "310965", "Ibuprofen 200 MG Oral Tablet");
        Poll.until(DEADLINE, "both prescriptions in the pharmacist's inbox",
                () -> inboxAbout("pharmacist", patient).size() == 3);
        String lastReceived = String.valueOf(first.getJsonNumber("seq").longValue());
        try (EventStream resumed = NODE.stream(STREAM, WARD.token("pharmacist"), lastReceived)) {
            JsonObject second = nextAbout(resumed, patient);
            JsonObject third = nextAbout(resumed, patient);

            assertThat(List.of(second.getString("summary"), third.getString("summary"))).satisfiesExactly(
                    s -> assertThat(s).startsWith("Acetaminophen"), s -> assertThat(s).startsWith("Ibuprofen"));
            assertThat(second.getJsonNumber("seq").longValue()).isGreaterThan(Long.parseLong(lastReceived));
            assertThat(resumed.next(Duration.ofMillis(1_500)).map(NotificationContainerIT::item)
                    .filter(item -> patient.equals(item.getString("patientId", null)))).as("nothing repeated")
                    .isEmpty();
            int opened = resumed.comments();
            Poll.until(DEADLINE, "a heartbeat on the idle stream", () -> resumed.comments() > opened);
            assertThat(resumed.ended()).isFalse();
        }
        List<String> metrics = ContainerNode.scrape("scope=application").lines().toList();
        assertThat(metrics).anyMatch(l -> l.startsWith("medmesh_notifications_created_total{")
                && l.contains("rule=\"prescription-to-pharmacy\""));
        assertThat(metrics).anyMatch(l -> l.startsWith("medmesh_notifications_delivered_total{")
                && l.contains("rule=\"prescription-to-pharmacy\""));
        assertThat(metrics).as("every rule from start-up").anyMatch(l -> l.startsWith(
                "medmesh_notifications_created_total{") && l.contains("rule=\"staff-account-to-administrators\""));
        assertThat(metrics).anyMatch(l -> l.startsWith("# HELP medmesh_notifications_created_total "));
        assertThat(metrics).anyMatch(l -> l.startsWith("medmesh_notification_streams_open"));
    }

    @Test
    void aPrescriptionReceivedFromAnotherHospitalReachesTheCareTeamHereOnceHoweverOftenDelivered() {
        String patient = registered("CareTeam");
        Reply visit = WARD.post("doctor", API + "encounters", Json.createObjectBuilder().add("patientId", patient)
                .add("type", "INPATIENT").add("ward", "Cardiology").build());
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);

        JsonObject change = HOSP_X.sealed(HOSP_X.change("prescription.created", UUID.randomUUID(),
                UUID.fromString(patient), prescriptionAtHospX(patient), HOSP_X.peer()));
        HOSP_X.deliver(change.toString(), change.getString("id"), null);
        HOSP_X.deliver(change.toString(), null, null);
        UUID marker = HOSP_X.registerPatient("Marker", Ward.unique("AfterRedelivery"));

        Poll.until(DEADLINE, "the doctor told of hospX's prescription", () -> !inboxAbout("doctor", patient).isEmpty());
        Poll.until(DEADLINE, "hospX's later message applied, so the redelivery before it was handled",
                () -> WARD.get("doctor", API + "patients/" + marker).status() == 200);
        List<JsonObject> told = inboxAbout("doctor", patient);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).getString("rule")).isEqualTo("prescription-elsewhere-to-care-team");
        assertThat(told.get(0).getString("hospital")).isEqualTo(HOSP_X.peer());
        assertThat(inboxAbout("pharmacist", patient)).as("hospX's pharmacy dispenses it, not this one").isEmpty();
    }

    @Test
    void aPharmacistWhoMayNotSeeANonSharingPatientIsToldOnlyThatThereIsAPrescription() {
        UUID patient = HOSP_X.registerPatient("Xenia", Ward.unique("Redacted"));
        Poll.until(DEADLINE, "hospX's patient received", () -> WARD.get("doctor", API + "patients/" + patient)
                .status() == 200);
        HOSP_X.stopSharing(patient);
        Poll.until(DEADLINE, "the consent applied", () -> WARD.get("doctor", API + "patients/" + patient)
                .status() == 403);
        Reply glass = WARD.post("doctor", API + "patients/" + patient + "/break-glass", Json.createObjectBuilder()
                .add("reason", "Unconscious on arrival, needs antibiotics").build());
        assertThat(glass.status()).as(glass.body()).isEqualTo(201);
        int redactedBefore = redactedEntries().size();
        String prescription = prescribe(patient.toString(), "308182", "Amoxicillin 500 MG Oral Capsule");

        Poll.until(DEADLINE, "the pharmacist told", () -> redactedEntries().size() == redactedBefore + 1);
        JsonObject told = redactedEntries().get(0);
        assertThat(told.getString("kind")).isEqualTo("prescription");
        assertThat(told.containsKey("patientId") && !told.isNull("patientId")).isFalse();
        assertThat(told.getString("summary")).doesNotContain("Amoxicillin").contains("not shared");
        assertThat(WARD.get("pharmacist", API + "notifications/inbox?size=100").body()).doesNotContain(
                patient.toString()).doesNotContain(prescription);
    }

    @Test
    void aTreatmentReachesTheNursesOfItsWardAndAnAbnormalResultTheAttendingDoctor() {
        String ward = Ward.unique("Ward");
        String nurse = Ward.unique("nurse");
        String password = "Ward-nurse-passphrase-" + UUID.randomUUID();
        Reply account = WARD.post("admin", API + "admin/staff", Json.createObjectBuilder().add("username", nurse)
                .add("displayName", "Ward Nurse").add("role", "nurse").add("password", password).build());
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        Reply assigned = WARD.put("admin", API + "admin/staff/" + account.json().getString("id") + "/ward",
                Json.createObjectBuilder().add("ward", ward).build());
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().getString("ward")).isEqualTo(ward);
        String wardNurse = NODE.token(nurse, password);

        String patient = registered("Treated");
        String visit = WARD.post("doctor", API + "encounters", Json.createObjectBuilder().add("patientId", patient)
                .add("type", "INPATIENT").add("ward", ward).build()).json().getString("id");
        Reply ordered = WARD.post("doctor", API + "treatments", Json.createObjectBuilder().add("patientId", patient)
                .add("encounterId", visit).add("code", Ward.code("http://snomed.info/sct", "18629005",
                        "Administration of drug"))
                .add("instructions", "IV").build());
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
        Poll.until(DEADLINE, "the ward's nurse told", () -> entriesAbout(NODE.get(API
                + "notifications/inbox?size=100", wardNurse), patient).size() == 1);
        JsonObject order = entriesAbout(NODE.get(API + "notifications/inbox?size=100", wardNurse), patient).get(0);
        assertThat(order.getString("rule")).isEqualTo("treatment-to-ward-nurses");
        assertThat(order.getString("summary")).isEqualTo("Administration of drug ordered");
        assertThat(inboxAbout("nurse", patient)).as("a nurse of no ward, while the ward has its own").isEmpty();

        Reply high = WARD.post("nurse", API + "observations", Json.createObjectBuilder().add("patientId", patient)
                .add("encounterId", visit).add("category", "VITAL_SIGNS")
                .add("code", Ward.code("http://loinc.org", "8867-4", "Heart rate")).add("value", 141)
                .add("unit", "/min").build());
        assertThat(high.status()).as(high.body()).isEqualTo(201);
        Poll.until(DEADLINE, "the attending doctor told", () -> inboxAbout("doctor", patient).stream()
                .anyMatch(e -> e.getString("rule").equals("result-to-doctor")));
        JsonObject result = inboxAbout("doctor", patient).stream()
                .filter(e -> e.getString("rule").equals("result-to-doctor")).findFirst().orElseThrow();
        assertThat(result.getString("summary")).startsWith("Heart rate 141 /min (HIGH");
        assertThat(result.getString("encounterId")).isEqualTo(visit);
    }

    @Test
    void everyoneReadsAndMarksOnlyTheirOwnInbox() {
        String patient = registered("Inbox");
        prescribe(patient, "308182", "Amoxicillin 500 MG Oral Capsule");
        Poll.until(DEADLINE, "the pharmacist told", () -> inboxAbout("pharmacist", patient).size() == 1);
        long seq = inboxAbout("pharmacist", patient).get(0).getJsonNumber("seq").longValue();
        long unread = WARD.get("pharmacist", API + "notifications/inbox/unread").json().getJsonNumber("unread")
                .longValue();
        assertThat(unread).isPositive();

        assertThat(WARD.post("nurse", API + "notifications/inbox/" + seq + "/read", null).status())
                .as("another person's entry").isEqualTo(404);
        Reply read = WARD.post("pharmacist", API + "notifications/inbox/" + seq + "/read", null);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().getString("readAt")).isNotBlank();
        assertThat(WARD.get("pharmacist", API + "notifications/inbox/unread").json().getJsonNumber("unread")
                .longValue()).isEqualTo(unread - 1);
        assertThat(WARD.get("pharmacist", API + "notifications/inbox?unread=true&size=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class)).noneMatch(
                        e -> e.getJsonNumber("seq")
                                .longValue() == seq);

        assertThat(WARD.post("pharmacist", API + "notifications/inbox/read", null).json().getInt("marked"))
                .isGreaterThanOrEqualTo((int) unread - 1);
        assertThat(WARD.get("pharmacist", API + "notifications/inbox/unread").json().getJsonNumber("unread")
                .longValue()).isZero();
        assertThat(WARD.get("pharmacist", API + "notifications/inbox?size=0").status()).isEqualTo(400);
        assertThat(NODE.get(API + "notifications/inbox").status()).isEqualTo(401);
        try (EventStream refused = NODE.stream(STREAM, "not-a-token", null)) {
            assertThat(refused.status()).isEqualTo(401);
        }
        try (EventStream bad = NODE.stream(STREAM, WARD.token("nurse"), "yesterday")) {
            assertThat(bad.status()).isEqualTo(400);
        }
    }

    private static String registered(String prefix) {
        Reply created = WARD.post("nurse", API + "patients", Ward.patient("Nora", Ward.unique(prefix)).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("id");
    }

    private static String prescribe(String patient, String code, String drug) {
        Reply written = WARD.post("doctor", API + "prescriptions", Json.createObjectBuilder().add("patientId", patient)
                .add("drug", Ward.code("http://www.nlm.nih.gov/research/umls/rxnorm", code, drug)).add("dose", 500)
                .add("doseUnit", "mg").add("route", "ORAL").add("frequency", "every 8 hours").add("durationDays", 7)
                .build());
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        return written.json().getString("id");
    }

    /** A prescription written at hospX for the patient, as hospX's replicated state. */
    private static JsonObject prescriptionAtHospX(String patient) {
        return Json.createObjectBuilder().add("schemaVersion", 1).add("id", UUID.randomUUID().toString())
                .add("patientId", patient).addNull("encounterId")
                .add("drug", Json.createObjectBuilder().add("system", "http://www.nlm.nih.gov/research/umls/rxnorm")
                        .add("code", "308182").add("display", "Amoxicillin 500 MG Oral Capsule"))
                .add("dose", 500).add("doseUnit", "mg").add("route", "ORAL").add("frequency", "every 8 hours")
                .add("durationDays", 7).add("status", "ACTIVE").add("record", HOSP_X.record("dr.x")).build();
    }

    /** The next notification about the patient the stream delivers (others' are skipped); fails after the deadline. */
    private static JsonObject nextAbout(EventStream stream, String patient) throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        List<String> others = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            Optional<ServerSentEvent> event = stream.next(Duration.ofMillis(200));
            if (event.isPresent() && event.get().name().equals("notification")) {
                JsonObject item = item(event.get());
                assertThat(event.get().id()).isEqualTo(String.valueOf(item.getJsonNumber("seq").longValue()));
                if (patient.equals(item.getString("patientId", null))) {
                    return item;
                }
                others.add(event.get().id() + " " + item.getString("rule", ""));
            } else {
                event.ifPresent(other -> others.add(other.id() + " " + other.name()));
            }
        }
        throw new AssertionError("no notification about " + patient + " within " + DEADLINE + "; the stream "
                + (stream.ended() ? "ended" : "is open") + ", sent " + stream.comments() + " comments and " + others
                + "; the pharmacist's inbox about the patient: " + inboxAbout("pharmacist", patient));
    }

    private static JsonObject item(ServerSentEvent event) {
        return Json.createReader(new StringReader(event.data())).readObject();
    }

    private static List<JsonObject> inboxAbout(String role, String patient) {
        return entriesAbout(WARD.get(role, API + "notifications/inbox?size=100"), patient);
    }

    private static List<JsonObject> entriesAbout(Reply inbox, String patient) {
        List<JsonObject> about = new ArrayList<>();
        for (JsonObject entry : inbox.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            if (patient.equals(entry.getString("patientId", null))) {
                about.add(entry);
            }
        }
        return about;
    }

    private static List<JsonObject> redactedEntries() {
        return WARD.get("pharmacist", API + "notifications/inbox?size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getBoolean("redacted")).toList();
    }
}
