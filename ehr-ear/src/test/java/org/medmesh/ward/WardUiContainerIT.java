package org.medmesh.ward;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medmesh.client.StaffLogins;
import org.medmesh.client.StaffLogins.StaffLogin;
import org.medmesh.client.ward.Admission;
import org.medmesh.client.ward.ClinicalBodies;
import org.medmesh.client.ward.Coding;
import org.medmesh.client.ward.WardCalls;
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

        Poll.until(DEADLINE, "the vitals, the refusal and the prescription in the audit trail", () -> {
            List<JsonObject> entries = audited(admission.patientId(), null);
            return entries.stream().anyMatch(e -> e.getString("action").equals("POST ward/chart/vitals")
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
    void theSessionCookieIsHiddenFromScriptsAndOtherSitesAndSigningOutEndsTheSession() throws Exception {
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

        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(BASE
                + "ward/patients.xhtml")).header("Cookie", "MEDMESH_SESSION=" + session)
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
                + "ward/patients.xhtml")).header("Cookie", "MEDMESH_SESSION=" + session).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(afterSignOut.statusCode()).as("the old session cookie opens nothing").isEqualTo(302);
        assertThat(afterSignOut.headers().firstValue("Location").orElse("")).contains("signin.xhtml");
    }

    /** The vital sign field labelled with this sign's name. */
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
