package org.medmesh.ward;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medmesh.client.EventStream;
import org.medmesh.client.StaffLogins;
import org.medmesh.client.StaffLogins.StaffLogin;
import org.medmesh.client.ward.Admission;
import org.medmesh.client.ward.ClinicalBodies;
import org.medmesh.client.ward.Coding;
import org.medmesh.client.ward.WardCalls;
import org.medmesh.testsupport.Accessibility;
import org.medmesh.testsupport.Browser;
import org.medmesh.testsupport.Browsers;
import org.medmesh.testsupport.ContainerNode;
import org.medmesh.testsupport.PeerChanges;
import org.medmesh.testsupport.Poll;
import org.medmesh.testsupport.Ward;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The ward UI in headless Chromium against a real node: signing in with the staff accounts (wrong password refused,
 * back to the page asked for), finding a patient as one types, the chart with its vitals over time and risk panel, and
 * the audit trail recording the chart viewed in the browser like an API read; registration through the page (audited
 * with the new patient; a missing name stores nothing); break-the-glass asked for a non-sharing patient of another
 * hospital; an administrator refused the ward pages with a readable page; the session cookie's flags, signing out, and
 * a forged form post refused.
 */
@ExtendWith(ArquillianExtension.class)
class WardUiContainerIT {

    private static final String BASE = "http://127.0.0.1:8080/";
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final List<StaffLogin> USERS = ContainerNode.users();
    private static final Ward WARD = ContainerNode.ward();
    private static final PeerChanges HOSP_X = ContainerNode.peer();

    @RegisterExtension
    final Browsers browsers = new Browsers(BASE);

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    @Test
    void aNurseSignsInFindsAPatientAndTheChartSheViewsIsInTheAuditTrail() throws Exception {
        String family = lettersOnly("Chartwell");
        Admission admission = admittedWithVitals("Ada", family);
        StaffLogin nurse = StaffLogins.withRole(USERS, "nurse");
        Browser browser = browsers.wardPc();
        browser.open("ward/patients.xhtml");
        browser.await("sent to the sign-in page", ExpectedConditions.urlContains("signin.xhtml"));
        assertThat(browser.text()).contains("Please sign in to continue.");
        browser.screenshot("signin");

        browser.signIn(nurse.username(), "not-" + nurse.password());
        browser.await("refused", ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Wrong username or password."));
        String stranger = lettersOnly("nobody");
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.signIn(stranger, "wrong-password-" + attempt);
            browser.await("attempt " + attempt + " refused", ExpectedConditions.textToBePresentInElementLocated(
                    By.tagName("body"), "Wrong username or password."));
        }
        browser.signIn(stranger, "wrong-password-6");
        browser.await("locked after five failures", ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "Too many failed sign-ins: this username is locked"));

        browser.signIn(nurse.username(), nurse.password());
        browser.await("back on the page asked for", ExpectedConditions.urlContains("ward/patients.xhtml"));
        assertThat(browser.find(By.id("signed-in-as")).getText()).contains(nurse.username()).contains("nurse");

        browser.type(By.id("search:query"), family.substring(0, 6).toLowerCase(Locale.ROOT) + " ad");
        browser.await("found as typed", ExpectedConditions.textToBePresentInElementLocated(By.id("search:results"),
                family + ", Ada"));
        browser.screenshot("patients");
        browser.find(By.linkText(family + ", Ada")).click();

        browser.await("the chart", ExpectedConditions.textToBePresentInElementLocated(By.id("patient-name"),
                family + ", Ada"));
        assertThat(browser.find(By.id("latest-vitals")).getText()).contains("Heart rate");
        assertThat(browser.all(By.cssSelector("#vitals-chart canvas"))).as("the vitals chart is drawn")
                .isNotEmpty();
        assertThat(browser.find(By.id("risk")).getText()).contains("Heart-disease risk");
        assertThat(browser.find(By.id("consent-sharing")).getText()).isEqualTo("shared with the network");
        assertThat(browser.all(By.id("prescribe:prescribe-button"))).as("a nurse is offered no prescribing").isEmpty();
        browser.screenshot("chart");

        browser.open("ward/dispensing.xhtml");
        browser.await("the pharmacy's queue refused to a nurse", ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Your role does not allow this."));
        assertThat(browser.find(By.id("queue:waiting")).getText()).contains("Nothing to dispense.");
        browser.open("admin/staff.xhtml");
        assertThat(browser.text()).as("the admin area forced by a nurse").contains(
                "Your role does not allow this page").doesNotContain("Accounts at");
        Poll.until(DEADLINE, "the chart viewed in the browser in the audit trail",
                () -> audited(admission.patientId(), "GET ward/chart").stream().anyMatch(
                        e -> e.getString("actor").equals(nurse.username()) && e.getString("role").equals("nurse")
                                && e.getString("outcome").equals("SUCCESS") && !e.getBoolean("breakGlass")));
        Poll.until(DEADLINE, "the search that showed the patient in the audit trail",
                () -> audited(admission.patientId(), null).stream().anyMatch(
                        e -> e.getString("action").equals("GET ward/patients")));
    }

    @Test
    void aPharmacistsBellRingsLiveForADoctorsPrescriptionAndOpensThePatientsChart() throws Exception {
        String family = lettersOnly("Bell");
        Admission admission = admittedWithVitals("Cleo", family);
        StaffLogin pharmacist = StaffLogins.withRole(USERS, "pharmacist");
        Browser browser = browsers.wardPc();
        browser.open("signin.xhtml");
        browser.signIn(pharmacist.username(), pharmacist.password());
        browser.await("signed in", ExpectedConditions.urlContains("ward/patients.xhtml"));
        long before = Long.parseLong(browser.find(By.id("bell:unread")).getText().strip());

        try (WardCalls calls = new WardCalls(BASE)) {
            calls.prescribe(WARD.token("doctor"), ClinicalBodies.prescription(admission.patientId(),
                    Coding.AMOXICILLIN, 500, "mg", "ORAL", "every 8 hours", 7));
        }
        browser.await("the bell rung without reloading the page", driver -> Long.parseLong(
                driver.findElement(By.id("bell:unread")).getText().strip()) == before + 1);

        browser.find(By.id("bell:bell-button")).click();
        browser.await("the inbox shown", ExpectedConditions.visibilityOfElementLocated(By.linkText(
                newestEntryText(browser))));
        browser.screenshot("notifications");
        browser.find(By.cssSelector("#bell\\:inbox-items li.unread a")).click();
        browser.await("the prescription's patient's chart", ExpectedConditions.textToBePresentInElementLocated(
                By.id("patient-name"), family + ", Cleo"));
        assertThat(browser.find(By.id("medications")).getText()).contains("Amoxicillin");
        assertThat(Long.parseLong(browser.find(By.id("bell:unread")).getText().strip())).isEqualTo(before);

        browser.find(By.id("dispensing-link")).click();
        browser.await("the dispensing queue", ExpectedConditions.textToBePresentInElementLocated(
                By.id("queue:waiting"), family + ", Cleo"));
        browser.screenshot("dispensing");
        By row = By.xpath("//tr[.//a[normalize-space(.)='" + family + ", Cleo']]");
        WebElement waiting = browser.find(row);
        waiting.findElement(By.cssSelector("input[id$=':quantity']")).sendKeys("21 capsules");
        waiting.findElement(By.cssSelector("button[id$=':dispense']")).click();
        browser.await("dispensed", ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Dispensed Amoxicillin"));
        assertThat(browser.all(row)).as("gone from the queue").isEmpty();
        Poll.until(DEADLINE, "the dispensing in the audit trail", () -> audited(admission.patientId(),
                "POST ward/dispensing").stream().anyMatch(
                        e -> e.getInt("status") == 200
                                && e.getString("actor").equals(pharmacist.username())));

        String session = "MEDMESH_SESSION=" + browser.driver().manage().getCookieNamed("MEDMESH_SESSION").getValue()
                + "; MEDMESH_SESSION_KEY=" + browser.driver().manage().getCookieNamed("MEDMESH_SESSION_KEY").getValue();
        try (EventStream bell = bellStream(session, "?after=0")) {
            assertThat(bell.status()).isEqualTo(200);
            assertThat(bell.next(DEADLINE)).as("a bell opened behind the inbox rings at once")
                    .hasValueSatisfying(event -> assertThat(event.name()).isEqualTo("grew"));
        }
        try (EventStream bell = bellStream(session, "?after=twelve")) {
            assertThat(bell.status()).isEqualTo(400);
        }
        try (EventStream bell = bellStream("MEDMESH_SESSION=forged", "?after=0")) {
            assertThat(bell.status()).isEqualTo(401);
        }
    }

    private static EventStream bellStream(String cookie, String query) {
        return EventStream.open(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(BASE
                + "notifications/bell" + query)).header("Cookie", cookie).header("Accept", "text/event-stream")
                .build());
    }

    @Test
    void aNurseWorksThroughHerWardsTreatmentsOnTheWorklistAndNothingOfAnotherWard() throws Exception {
        String ward = Ward.unique("Ward");
        StaffLogin nurse = nurseOn(ward);
        String family = lettersOnly("Worklist");
        String patient;
        String elsewhere;
        try (WardCalls calls = new WardCalls(BASE)) {
            patient = calls.registerPatient(WARD.token("nurse"), Ward.patient("Wanda", family).build());
            ordered(patient, calls.openEncounter(WARD.token("nurse"), patient, "INPATIENT", ward), "Wound dressing");
            elsewhere = calls.registerPatient(WARD.token("nurse"), Ward.patient("Otto", family).build());
            ordered(elsewhere, calls.openEncounter(WARD.token("nurse"), elsewhere, "INPATIENT", "Cardiology"),
                    "Wound dressing");
        }
        JsonObject viaApi = ContainerNode.NODE.get("api/v1/treatments/worklist", ContainerNode.NODE.token(
                nurse.username(), nurse.password())).json();
        assertThat(viaApi.getString("ward")).isEqualTo(ward);
        assertThat(viaApi.getJsonObject("treatments").getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("patientId")).containsExactly(patient);

        Browser browser = browsers.tablet();
        browser.open("signin.xhtml");
        browser.signIn(nurse.username(), nurse.password());
        browser.find(By.id("worklist-link")).click();
        browser.await("the ward's worklist", ExpectedConditions.textToBePresentInElementLocated(By.id("ward"),
                ward));
        By row = By.xpath("//tr[.//a[normalize-space(.)='" + family + ", Wanda']]");
        assertThat(browser.find(row).getText()).contains("Wound dressing", "Ordered");
        assertThat(browser.find(By.id("worklist:open")).getText()).as("another ward's patient")
                .doesNotContain(family + ", Otto");

        browser.find(row).findElement(By.cssSelector("button[id$=':start']")).click();
        browser.await("started", ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Started Wound dressing for " + family + ", Wanda."));
        assertThat(browser.find(row).getText()).contains("Started by " + nurse.username());
        browser.screenshot("worklist");
        browser.find(row).findElement(By.cssSelector("button[id$=':complete']")).click();
        browser.await("an outcome asked for", ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Enter the outcome of Wound dressing"));
        browser.find(row).findElement(By.cssSelector("input[id$=':outcome']")).sendKeys("Clean, no discharge");
        browser.find(row).findElement(By.cssSelector("button[id$=':complete']")).click();
        browser.await("completed", ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Completed Wound dressing for " + family + ", Wanda."));
        assertThat(browser.all(row)).as("gone from the worklist").isEmpty();

        JsonObject done = WARD.get("doctor", "api/v1/treatments?patient=" + patient).json().getJsonArray("items")
                .getJsonObject(0);
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getString("performedBy")).isEqualTo(nurse.username());
        assertThat(done.getString("outcome")).isEqualTo("Clean, no discharge");
        Poll.until(DEADLINE, "the worklist and its changes in the audit trail", () -> {
            List<JsonObject> trail = audited(patient, null);
            return trail.stream().anyMatch(e -> e.getString("action").equals("GET ward/worklist")
                    && e.getString("actor").equals(nurse.username()))
                    && trail.stream().filter(e -> e.getString("action").equals("POST ward/worklist")
                            && e.getInt("status") == 200).count() == 2;
        });
        assertThat(audited(elsewhere, "GET ward/worklist")).as("another ward's patient was not shown").isEmpty();
    }

    /** A new nurse account assigned to {@code ward}. */
    private static StaffLogin nurseOn(String ward) {
        String username = Ward.unique("nurse");
        String password = "Worklist-nurse-passphrase-" + UUID.randomUUID();
        JsonObject account = WARD.post("admin", "api/v1/admin/staff", Json.createObjectBuilder()
                .add("username", username).add("displayName", "Ward Nurse").add("role", "nurse")
                .add("password", password).build()).json();
        assertThat(WARD.put("admin", "api/v1/admin/staff/" + account.getString("id") + "/ward",
                Json.createObjectBuilder().add("ward", ward).build()).status()).isEqualTo(200);
        return new StaffLogin(username, "nurse", password);
    }

    private static void ordered(String patient, String encounter, String treatment) {
        assertThat(WARD.post("doctor", "api/v1/treatments", Json.createObjectBuilder().add("patientId", patient)
                .add("encounterId", encounter).add("code", Ward.code("http://snomed.info/sct", "182531007",
                        treatment))
                .add("instructions", "Twice a day").build()).status()).isEqualTo(201);
    }

    @Test
    void aDoctorRecordsVitalsAndPrescribesOverridingTheAllergyWarningWithAReason() throws Exception {
        String family = lettersOnly("Dosing");
        Admission admission = admittedWithVitals("Dora", family);
        try (WardCalls calls = new WardCalls(BASE)) {
            calls.addAllergy(WARD.token("nurse"), ClinicalBodies.allergy(admission.patientId(), "Penicillin",
                    "anaphylaxis", "SEVERE"));
        }
        StaffLogin doctor = StaffLogins.withRole(USERS, "doctor");
        Browser browser = browsers.wardPc();
        browser.open("ward/chart.xhtml?patient=" + admission.patientId());
        browser.signIn(doctor.username(), doctor.password());
        browser.await("the chart", ExpectedConditions.textToBePresentInElementLocated(By.id("patient-name"),
                family + ", Dora"));

        browser.type(vitalField(browser, "Heart rate"), "132");
        browser.type(vitalField(browser, "Body temperature"), "38.4");
        browser.find(By.id("vitals:record-vitals")).click();
        browser.await("recorded", ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Recorded 2 vital signs."));
        String latest = browser.find(By.id("latest-vitals")).getText();
        assertThat(latest).contains("132 /min").contains("38.4 Cel").contains("HIGH");

        browser.type(By.id(resultField(browser, "Cholesterol").findElement(By.tagName("input")).getAttribute("id")),
                "260");
        new Select(resultField(browser, "Exercise-induced angina").findElement(By.tagName("select")))
                .selectByVisibleText("yes");
        browser.find(By.id("results:record-results")).click();
        browser.await("results recorded", ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Recorded 2 results."));
        assertThat(browser.find(By.id("latest-results")).getText()).contains("260 mg/dL", "HIGH",
                "Exercise-induced angina", "yes");

        browser.type(By.id("prescribe:drug-name"), "Amoxicillin 500 MG Oral Capsule");
        browser.type(By.id("prescribe:drug-code"), "308182");
        browser.type(By.id("prescribe:dose"), "500");
        browser.type(By.id("prescribe:frequency"), "every 8 hours");
        browser.type(By.id("prescribe:duration"), "7");
        browser.find(By.id("prescribe:prescribe-button")).click();
        browser.await("the allergy warning", ExpectedConditions.presenceOfElementLocated(By.id("conflicts")));
        assertThat(browser.find(By.id("conflicts")).getText()).containsIgnoringCase("penicillin");
        assertThat(browser.find(By.id("medications")).getText()).doesNotContain("Amoxicillin");
        browser.scrollTo(By.id("conflicts"));
        browser.screenshot("prescribe-warning");

        browser.find(By.id("prescribe:prescribe-button")).click();
        browser.await("a reason required", ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "State why you prescribe despite the warning."));
        browser.type(By.id("prescribe:override-reason"), "Tolerated amoxicillin in 2024 under observation");
        browser.find(By.id("prescribe:prescribe-button")).click();
        browser.await("prescribed", ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "overriding the warning"));
        assertThat(browser.find(By.id("medications")).getText()).contains("Amoxicillin 500 MG Oral Capsule");

        Poll.until(DEADLINE, "the vitals, the results, the refusal and the prescription in the audit trail", () -> {
            List<JsonObject> entries = audited(admission.patientId(), null);
            return entries.stream().anyMatch(e -> e.getString("action").equals("POST ward/chart/vitals")
                    && e.getInt("status") == 200)
                    && entries.stream().anyMatch(e -> e.getString("action").equals("POST ward/chart/results")
                            && e.getInt("status") == 200)
                    && entries.stream().anyMatch(e -> e.getString("action").equals("POST ward/chart/prescriptions")
                            && e.getInt("status") == 422)
                    && entries.stream().anyMatch(e -> e.getString("action").equals("POST ward/chart/prescriptions")
                            && e.getInt("status") == 200);
        });
    }

    @Test
    void aRegistrationOnThePageIsStoredAndAuditedAndAMissingNameStoresNothing() throws Exception {
        String family = lettersOnly("Regis");
        StaffLogin doctor = StaffLogins.withRole(USERS, "doctor");
        Browser browser = browsers.tablet();
        browser.open("signin.xhtml");
        browser.signIn(doctor.username(), doctor.password());
        browser.await("the patients page", ExpectedConditions.urlContains("ward/patients.xhtml"));

        browser.type(By.id("register:family"), family);
        browser.type(By.id("register:born_input"), "1958-11-03" + Keys.TAB);
        browser.find(By.id("register:register-button")).click();
        browser.await("the missing given name named", ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Enter the given (first) name."));
        assertThat(searchByFamily(family)).as("nothing stored").isEmpty();

        browser.type(By.id("register:given"), "Bea");
        browser.find(By.id("register:register-button")).click();
        browser.await("the new patient's chart", ExpectedConditions.textToBePresentInElementLocated(
                By.id("patient-name"), family + ", Bea"));
        assertThat(browser.text()).contains("Registered Bea " + family + ", MRN");
        List<JsonObject> stored = searchByFamily(family);
        assertThat(stored).hasSize(1);
        String patient = stored.get(0).getString("id");
        Poll.until(DEADLINE, "the registration in the audit trail",
                () -> audited(patient, "POST ward/patients").stream().anyMatch(
                        e -> e.getString("actor").equals(doctor.username()) && e.getInt("status") == 200));
    }

    @Test
    void aNonSharingPatientOfAnotherHospitalIsOpenedOnlyByBreakingTheGlassWithAReason() throws Exception {
        String family = lettersOnly("Glass");
        UUID patient = HOSP_X.registerPatient("Xenia", family);
        Poll.until(DEADLINE, "hospX's patient received",
                () -> WARD.get("doctor", "api/v1/patients/" + patient).status() == 200);
        HOSP_X.stopSharing(patient);
        Poll.until(DEADLINE, "hospX's patient no longer shared",
                () -> WARD.get("doctor", "api/v1/patients/" + patient).status() == 403);
        StaffLogin doctor = StaffLogins.withRole(USERS, "doctor");
        Browser browser = browsers.wardPc();
        browser.open("ward/chart.xhtml?patient=" + patient);
        browser.await("sent to sign in", ExpectedConditions.urlContains("signin.xhtml"));
        browser.signIn(doctor.username(), doctor.password());
        browser.await("the refusal", ExpectedConditions.presenceOfElementLocated(By.id("refusal")));
        assertThat(browser.all(By.id("patient-name"))).as("nothing of the chart shown").isEmpty();
        assertThat(browser.text()).doesNotContain("Xenia");
        browser.screenshot("break-the-glass");

        browser.find(By.id("break-glass:break-glass-button")).click();
        browser.await("a reason required", ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "State why you need emergency access."));

        browser.type(By.id("break-glass:reason"), "Unconscious in the emergency department");
        browser.find(By.id("break-glass:break-glass-button")).click();
        browser.await("the chart opened", ExpectedConditions.textToBePresentInElementLocated(
                By.id("patient-name"), family + ", Xenia"));
        Poll.until(DEADLINE, "the chart read through break-the-glass in the audit trail",
                () -> audited(patient.toString(), "GET ward/chart").stream().anyMatch(
                        e -> e.getString("outcome").equals("SUCCESS") && e.getBoolean("breakGlass")));
        assertThat(audited(patient.toString(), "GET ward/chart")).anyMatch(
                e -> e.getString("outcome").equals("DENIED") && e.getInt("status") == 403);
    }

    @Test
    void aDoctorReviewsAConflictSideBySideAndKeepsTheVersionHeldEverywhere() throws Exception {
        String family = lettersOnly("Conflict");
        UUID id = HOSP_X.registerPatient("Xena", family);
        String patient = id.toString();
        Poll.until(DEADLINE, "hospX's patient here", () -> WARD.get("nurse", "api/v1/patients/" + patient)
                .status() == 200);
        String etag = WARD.get("nurse", "api/v1/patients/" + patient).etag();
        assertThat(WARD.put("nurse", "api/v1/patients/" + patient, Ward.patient("Xena", family).build(),
                "If-Match", etag).status()).isEqualTo(200);
        HOSP_X.renamePatient(id, "Xenia-Maria", family);
        Poll.until(DEADLINE, "the concurrent edits parked", () -> conflictAbout(patient) != null);
        String conflict = conflictAbout(patient).getString("id");

        StaffLogin doctor = StaffLogins.withRole(USERS, "doctor");
        Browser browser = browsers.wardPc();
        browser.open("signin.xhtml");
        browser.signIn(doctor.username(), doctor.password());
        browser.find(By.id("conflicts-link")).click();
        By row = By.xpath("//tbody/tr[contains(., '" + family + "')]");
        browser.await("the conflict listed", ExpectedConditions.visibilityOfElementLocated(row));
        browser.find(row).findElement(By.cssSelector("button[id$=':review']")).click();
        browser.await("both versions side by side", ExpectedConditions.visibilityOfElementLocated(By.id("versions")));
        String differing = browser.all(By.cssSelector("#versions tr.differs")).stream().map(WebElement::getText)
                .reduce("", String::concat);
        assertThat(differing).contains("Xenia-Maria", "Xena");
        browser.scrollTo(By.id("versions"));
        browser.screenshot("conflict-review");
        browser.type(By.id("conflicts:note"), "Checked with the patient at the desk");
        browser.find(By.id("conflicts:keep")).click();
        browser.await("kept", ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Kept the version every hospital holds."));
        browser.await("resolved", ExpectedConditions.textToBePresentInElementLocated(By.id("conflict-status"),
                "RESOLVED"));

        JsonObject resolved = WARD.get("doctor", "api/v1/sync/conflicts/" + conflict).json();
        assertThat(resolved.getString("resolution")).isEqualTo("KEEP_WINNER");
        assertThat(resolved.getString("resolvedBy")).isEqualTo(doctor.username());
        assertThat(resolved.getString("resolutionNote")).isEqualTo("Checked with the patient at the desk");
        Poll.until(DEADLINE, "the review and the resolution in the audit trail", () -> {
            List<JsonObject> trail = audited(patient, null);
            return trail.stream().anyMatch(e -> e.getString("action").equals("GET ward/conflicts")
                    && e.getString("actor").equals(doctor.username()))
                    && trail.stream().anyMatch(e -> e.getString("action").equals("POST ward/conflicts")
                            && e.getInt("status") == 200);
        });
    }

    private static JsonObject conflictAbout(String patient) {
        return WARD.get("doctor", "api/v1/sync/conflicts?open=true&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(c -> patient.equals(c.getString("recordId")))
                .findFirst().orElse(null);
    }

    @Test
    void anAdministratorManagesStaffAccountsAndWatchesReplicationAndItsQuarantine() throws Exception {
        StaffLogin admin = StaffLogins.withRole(USERS, "admin");
        Browser browser = browsers.wardPc();
        browser.open("signin.xhtml");
        browser.signIn(admin.username(), admin.password());
        browser.find(By.id("staff-link")).click();
        String username = Ward.unique("nurse");
        browser.type(By.id("create:username"), username);
        browser.type(By.id("create:display-name"), "Page Made");
        browser.type(By.id("create:password"), "short");
        browser.awaitNewPage("created", () -> browser.find(By.id("create:create-button")).click());
        assertThat(browser.find(By.id("messages")).getText()).contains("A password has at least 12 characters.");
        assertThat(accountNamed(username)).as("nothing created").isNull();
        browser.type(By.id("create:username"), username);
        browser.type(By.id("create:display-name"), "Page Made");
        browser.type(By.id("create:password"), "Page-made-passphrase-" + UUID.randomUUID());
        browser.awaitNewPage("created", () -> browser.find(By.id("create:create-button")).click());
        assertThat(browser.find(By.id("messages")).getText()).contains("Created " + username + " (nurse).");
        browser.type(By.id("accounts:ward"), "Oncology");
        browser.find(By.id("accounts:assign-ward")).click();
        browser.await("the ward assigned", ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                username + " assigned to ward Oncology."));
        browser.find(By.id("accounts:disable")).click();
        browser.await("disabled", ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                username + " disabled"));
        browser.screenshot("admin-staff");
        JsonObject account = accountNamed(username);
        assertThat(account.getString("ward")).isEqualTo("Oncology");
        assertThat(account.getBoolean("enabled")).isFalse();
        assertThat(account.getString("changedBy")).isEqualTo(admin.username());

        UUID stranger = UUID.randomUUID();
        JsonObject forged = HOSP_X.sealed(HOSP_X.change("patient.registered", stranger, stranger,
                HOSP_X.patientState(stranger, "Forged", lettersOnly("Forged")), "hospIT"));
        HOSP_X.deliver(forged.toString(), forged.getString("id"), null);
        browser.open("admin/replication.xhtml");
        By peer = By.xpath("//tbody/tr[.//span[@class='peer-name' and text()='" + HOSP_X.peer() + "']]");
        browser.await("the peer listed", ExpectedConditions.visibilityOfElementLocated(peer));
        browser.find(peer).findElement(By.cssSelector("button[id$=':pause']")).click();
        browser.await("paused", ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Paused sending to " + HOSP_X.peer()));
        browser.find(peer).findElement(By.cssSelector("button[id$=':resume']")).click();
        browser.await("resumed", ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Resumed sending to " + HOSP_X.peer()));
        By quarantined = By.xpath("//tbody/tr[contains(., '" + forged.getString("id") + "')]");
        Poll.until(DEADLINE, "the forged change in quarantine", () -> {
            browser.open("admin/replication.xhtml");
            return !browser.all(quarantined).isEmpty();
        });
        assertThat(browser.find(quarantined).getText()).contains("FORGED");
        browser.screenshot("admin-replication");
        browser.find(quarantined).findElement(By.cssSelector("button[id$=':retry']")).click();
        browser.await("the retry refused, in words", ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "The change is still refused: forged origin"));
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception");
    }

    @Test
    void anAdministratorSeesTheBackupsWhoLeadsThemAndBacksUpNow() throws IOException {
        Browser browser = browsers.wardPc();
        signedIn(browser, "admin");
        browser.open("admin/backups.xhtml");
        assertThat(browser.find(By.id("schedule")).getText()).isEqualTo("every 1440 min");
        assertThat(browser.find(By.id("directory")).getText()).endsWith("/backups");
        browser.find(By.id("backups:back-up-now")).click();
        browser.await("the backup started", ExpectedConditions.textMatches(By.id("messages"),
                java.util.regex.Pattern.compile("Backup [0-9]+ is running on this server")));
        String run = browser.find(By.id("messages")).getText().replaceAll("(?s).*Backup ([0-9]+) is running.*", "$1");
        By row = By.xpath("//tbody/tr[.//span[@class='run-id' and text()='" + run + "']]");
        Poll.until(Duration.ofSeconds(90), "backup " + run + " succeeded on the page", () -> {
            browser.open("admin/backups.xhtml");
            return browser.all(row).stream().anyMatch(r -> r.getText().contains("succeeded"));
        });
        assertThat(browser.find(row).getText()).contains("asked by " + StaffLogins.withRole(USERS, "admin").username())
                .contains("-" + run + ".mmbk");
        assertThat(browser.find(By.id("leader")).getText()).startsWith("server-");
        browser.screenshot("admin-backups");
    }

    private static JsonObject accountNamed(String username) {
        return Json.createReader(new java.io.StringReader(WARD.get("admin", "api/v1/admin/staff").okBody()))
                .readArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(username)).findFirst().orElse(null);
    }

    @Test
    void everyPageMeetsWcag21LevelAaAsAxeChecksItOnAWardPcAndATablet() throws Exception {
        Admission admission = admittedWithVitals("Axel", lettersOnly("Access"));
        Map<String, List<String>> broken = new TreeMap<>();
        for (Browser browser : List.of(browsers.wardPc(), browsers.tablet())) {
            browser.open("signin.xhtml");
            check(browser, "signin.xhtml", broken);
            signedIn(browser, "doctor");
            for (String page : List.of("ward/patients.xhtml", "ward/chart.xhtml?patient=" + admission.patientId(),
                    "ward/worklist.xhtml", "ward/conflicts.xhtml")) {
                browser.open(page);
                check(browser, page, broken);
            }
            browser.find(By.id("bell:bell-button")).click();
            browser.await("the inbox open", ExpectedConditions.visibilityOfElementLocated(By.id("bell:inbox-items")));
            check(browser, "the bell's inbox", broken);
            signedIn(browser, "pharmacist");
            browser.open("ward/dispensing.xhtml");
            check(browser, "ward/dispensing.xhtml", broken);
            signedIn(browser, "admin");
            for (String page : List.of("admin/index.xhtml", "admin/staff.xhtml", "admin/replication.xhtml",
                    "admin/backups.xhtml", "admin/audit.xhtml")) {
                browser.open(page);
                check(browser, page, broken);
            }
        }
        assertThat(broken).as("WCAG 2.1 A/AA rules broken, per page").isEmpty();
    }

    private void signedIn(Browser browser, String role) {
        StaffLogin login = StaffLogins.withRole(USERS, role);
        browser.driver().manage().deleteAllCookies();
        browser.open("signin.xhtml");
        browser.signIn(login.username(), login.password());
    }

    private static void check(Browser browser, String page, Map<String, List<String>> broken) {
        List<String> violations = Accessibility.violations(browser);
        if (!violations.isEmpty()) {
            broken.put(page + " " + browser.driver().manage().window().getSize(), violations);
        }
    }

    @Test
    void anAdministratorSearchesAndVerifiesTheAuditTrailAndIsRefusedTheWardPagesReadably() throws Exception {
        StaffLogin admin = StaffLogins.withRole(USERS, "admin");
        Browser browser = browsers.wardPc();
        browser.open("");
        browser.await("sent to sign in", ExpectedConditions.urlContains("signin.xhtml"));
        browser.signIn(admin.username(), admin.password());
        browser.await("the admin area", ExpectedConditions.urlContains("admin/index.xhtml"));

        String patient;
        try (WardCalls calls = new WardCalls(BASE)) {
            patient = calls.registerPatient(WARD.token("nurse"), Ward.patient("Aud", lettersOnly("Trail")).build());
            calls.patient(WARD.token("doctor"), patient);
        }
        browser.find(By.id("audit-link")).click();
        browser.await("the audit page", ExpectedConditions.urlContains("admin/audit.xhtml"));
        browser.find(By.id("verify:verify-button")).click();
        browser.await("the chain verified", ExpectedConditions.textToBePresentInElementLocated(
                By.id("verdict-summary"), "Intact"));
        browser.type(By.id("search:patient"), patient);
        browser.find(By.id("search:search-button")).click();
        browser.await("the doctor's read of the patient found", ExpectedConditions.textToBePresentInElementLocated(
                By.id("search:entries"), "GET patients/{id}"));
        assertThat(browser.find(By.id("search:entries")).getText()).contains(StaffLogins.withRole(USERS, "doctor")
                .username());
        browser.screenshot("admin-audit");
        browser.type(By.id("search:patient"), "not-a-record-id");
        browser.find(By.id("search:search-button")).click();
        browser.await("a bad id explained", ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "The patient must be a record id"));
        Poll.until(DEADLINE, "the administrator's search of the patient in the audit trail",
                () -> audited(patient, "GET admin/audit").stream().anyMatch(
                        e -> e.getString("actor").equals(admin.username())));

        browser.open("ward/patients.xhtml");
        String page = browser.text();
        assertThat(page).contains("Your role does not allow this page");
        assertThat(browser.driver().getPageSource()).doesNotContainIgnoringCase("payara")
                .doesNotContain("Exception").doesNotContain("at org.");

        HttpResponse<String> missing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE
                + "no-such-page.xhtml")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("There is no such page").doesNotContainIgnoringCase("payara");
    }

    @Test
    void theSessionCookiesAreHiddenFromScriptsAndOtherSitesTheIdAloneOpensNothingAndSigningOutEndsIt()
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> signInPage = http.send(HttpRequest.newBuilder(URI.create(BASE + "signin.xhtml")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        String cookie = signInPage.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("MEDMESH_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        HttpResponse<String> anonymousBell = http.send(HttpRequest.newBuilder(URI.create(BASE + "notifications/bell"))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymousBell.statusCode()).as("a bell stream without a signed-in session").isEqualTo(401);
        HttpResponse<String> anonymousPage = http.send(HttpRequest.newBuilder(URI.create(BASE
                + "ward/chart.xhtml?patient=" + UUID.randomUUID())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymousPage.statusCode()).as("a chart without a signed-in session").isEqualTo(302);
        assertThat(anonymousPage.headers().firstValue("Location").orElse("")).contains("signin.xhtml");
        assertThat(anonymousPage.body()).doesNotContain("patient-name").doesNotContainIgnoringCase("payara");

        StaffLogin nurse = StaffLogins.withRole(USERS, "nurse");
        String family = lettersOnly("Forge");
        Browser browser = browsers.wardPc();
        browser.open("signin.xhtml");
        browser.signIn(nurse.username(), nurse.password());
        browser.await("signed in", ExpectedConditions.urlContains("ward/patients.xhtml"));
        String session = browser.driver().manage().getCookieNamed("MEDMESH_SESSION").getValue();
        org.openqa.selenium.Cookie key = browser.driver().manage().getCookieNamed("MEDMESH_SESSION_KEY");
        assertThat(key.isHttpOnly()).as("the session key hidden from scripts").isTrue();
        assertThat(key.getSameSite()).isEqualTo("Strict");
        String both = "MEDMESH_SESSION=" + session + "; MEDMESH_SESSION_KEY=" + key.getValue();
        assertThat(http.send(HttpRequest.newBuilder(URI.create(BASE + "ward/patients.xhtml")).header("Cookie", both)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as("the session with its key")
                .isEqualTo(200);
        HttpResponse<String> sessionIdOnly = http.send(HttpRequest.newBuilder(URI.create(BASE
                + "ward/patients.xhtml")).header("Cookie", "MEDMESH_SESSION=" + session).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sessionIdOnly.statusCode()).as("a session id read from the data grid, without the browser's key")
                .isEqualTo(302);
        assertThat(sessionIdOnly.headers().firstValue("Location").orElse("")).contains("signin.xhtml");

        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(BASE
                + "ward/patients.xhtml")).header("Cookie", both)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("register=register&register%3Agiven=Eve"
                        + "&register%3Afamily=" + family + "&register%3Aborn_input=1970-01-01"
                        + "&register%3Aregister-button=&jakarta.faces.ViewState=forged"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a form post without the page's view state").isGreaterThanOrEqualTo(
                400);
        assertThat(searchByFamily(family)).as("nothing registered by the forged post").isEmpty();

        browser.find(By.id("signout:signout-button")).click();
        browser.await("signed out", ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "You signed out."));
        HttpResponse<String> afterSignOut = http.send(HttpRequest.newBuilder(URI.create(BASE
                + "ward/patients.xhtml")).header("Cookie", both).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(afterSignOut.statusCode()).as("the old session cookie opens nothing").isEqualTo(302);
        assertThat(afterSignOut.headers().firstValue("Location").orElse("")).contains("signin.xhtml");
    }

    /** The vital sign field labelled with this sign's name. */
    private static WebElement resultField(Browser browser, String test) {
        return browser.find(By.xpath("//form[@id='results']//div[contains(@class, 'field')][.//label[starts-with("
                + "normalize-space(.), '" + test + "')]]"));
    }

    private static By vitalField(Browser browser, String sign) {
        return By.id(browser.find(By.xpath("//form[@id='vitals']//label[starts-with(normalize-space(.), '" + sign
                + "')]")).getAttribute("for"));
    }

    private static String newestEntryText(Browser browser) {
        return browser.await("an unread entry", driver -> driver.findElements(By.cssSelector(
                "#bell\\:inbox-items li.unread a")).stream().map(e -> e.getText()).filter(t -> !t.isBlank())
                .findFirst().orElse(null));
    }

    /** A registered patient with an open encounter and a few vitals over the last hours. */
    private static Admission admittedWithVitals(String given, String family) {
        String token = WARD.token("nurse");
        try (WardCalls calls = new WardCalls(BASE)) {
            String patient = calls.registerPatient(token, Ward.patient(given, family).build());
            Admission admission = new Admission(patient, calls.openEncounter(token, patient, "INPATIENT",
                    "Cardiology"));
            Instant now = Instant.now();
            int[] rates = {72, 80, 95, 88};
            int[] pressures = {128, 135, 142, 131};
            for (int i = 0; i < rates.length; i++) {
                Instant at = now.minus(Duration.ofHours(rates.length - i));
                calls.record(token, at(ClinicalBodies.heartRate(admission, rates[i]), at));
                calls.record(token, at(ClinicalBodies.systolicPressure(admission, pressures[i]), at));
            }
            return admission;
        }
    }

    private static JsonObject at(JsonObject observation, Instant effective) {
        return Json.createObjectBuilder(observation).add("effectiveAt", effective.toString()).build();
    }

    /** The audit entries about the patient, of the action if one is named, as the administrators' API shows them. */
    private static List<JsonObject> audited(String patient, String action) {
        JsonArray entries = Json.createReader(new java.io.StringReader(WARD.get("admin", "api/v1/admin/audit?patient="
                + patient + "&limit=200").okBody())).readArray();
        return entries.getValuesAs(JsonObject.class).stream()
                .filter(e -> action == null || e.getString("action").equals(action)).toList();
    }

    private static List<JsonObject> searchByFamily(String family) {
        JsonObject page = WARD.get("doctor", "api/v1/patients?name=" + family).json();
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** A family name of letters only (digits would make the search look for an identifier), no other test's. */
    private static String lettersOnly(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            name.append((char) ('a' + Character.digit(c, 16)));
        }
        return name.toString();
    }
}
