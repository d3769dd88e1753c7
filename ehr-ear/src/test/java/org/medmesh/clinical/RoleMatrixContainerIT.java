package org.medmesh.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medmesh.client.ApiClient;
import org.medmesh.client.EventStream;
import org.medmesh.client.Reply;
import org.medmesh.testsupport.ContainerNode;
import org.medmesh.testsupport.ForgedTokens;
import org.medmesh.testsupport.PeerChanges;
import org.medmesh.testsupport.Poll;
import org.medmesh.testsupport.Ward;

/**
 * The role matrix of the whole API, checked against the live OpenAPI document so that a new endpoint cannot be added
 * without deciding who may call it: every operation is refused to anonymous callers (401) and to the roles outside its
 * row (403), and passes the role check (any other status) for the roles inside it.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixContainerIT {

    private static final Set<String> CLINICIANS = Set.of("doctor", "nurse", "pharmacist");
    private static final Set<String> WARD_STAFF = Set.of("doctor", "nurse");
    private static final Set<String> DOCTOR = Set.of("doctor");
    private static final Set<String> ANYONE = Set.of();
    private static final Set<String> EVERY_ROLE = Set.of("doctor", "nurse", "pharmacist", "admin");

    /** method + path → roles allowed; {@link #ANYONE} marks public operations. */
    private static final Map<String, Set<String>> MATRIX = Map.ofEntries(
            Map.entry("POST /api/v1/auth/token", ANYONE),
            Map.entry("GET /api/v1/auth/me", Set.of("doctor", "nurse", "pharmacist", "admin")),
            Map.entry("POST /api/v1/auth/logout", Set.of("doctor", "nurse", "pharmacist", "admin")),
            Map.entry("POST /api/v1/auth/password", Set.of("doctor", "nurse", "pharmacist", "admin")),
            Map.entry("GET /api/v1/hospital", ANYONE),
            Map.entry("GET /api/v1/admin/staff", Set.of("admin")),
            Map.entry("POST /api/v1/admin/staff", Set.of("admin")),
            Map.entry("PUT /api/v1/admin/staff/{id}/role", Set.of("admin")),
            Map.entry("POST /api/v1/admin/staff/{id}/disable", Set.of("admin")),
            Map.entry("POST /api/v1/admin/staff/{id}/enable", Set.of("admin")),
            Map.entry("POST /api/v1/admin/staff/{id}/password", Set.of("admin")),
            Map.entry("POST /api/v1/admin/staff/{id}/unlock", Set.of("admin")),
            Map.entry("GET /api/v1/admin/audit", Set.of("admin")),
            Map.entry("GET /api/v1/admin/audit/verify", Set.of("admin")),
            Map.entry("GET /api/v1/admin/health", Set.of("admin")),
            Map.entry("POST /api/v1/patients", WARD_STAFF),
            Map.entry("GET /api/v1/patients", CLINICIANS),
            Map.entry("GET /api/v1/patients/{id}", CLINICIANS),
            Map.entry("PUT /api/v1/patients/{id}", WARD_STAFF),
            Map.entry("POST /api/v1/patients/{id}/void", DOCTOR),
            Map.entry("GET /api/v1/patients/{id}/chart", CLINICIANS),
            Map.entry("GET /api/v1/patients/{id}/consent", CLINICIANS),
            Map.entry("GET /api/v1/patients/{id}/risk", CLINICIANS),
            Map.entry("PUT /api/v1/patients/{id}/consent", WARD_STAFF),
            Map.entry("POST /api/v1/patients/{id}/break-glass", WARD_STAFF),
            Map.entry("GET /api/v1/admin/notifications", Set.of("admin")),
            Map.entry("GET /api/v1/notifications", WARD_STAFF),
            Map.entry("GET /api/v1/notifications/inbox", EVERY_ROLE),
            Map.entry("GET /api/v1/notifications/inbox/unread", EVERY_ROLE),
            Map.entry("POST /api/v1/notifications/inbox/{seq}/read", EVERY_ROLE),
            Map.entry("POST /api/v1/notifications/inbox/read", EVERY_ROLE),
            Map.entry("GET /api/v1/notifications/stream", EVERY_ROLE),
            Map.entry("PUT /api/v1/admin/staff/{id}/ward", Set.of("admin")),
            Map.entry("POST /api/v1/encounters", WARD_STAFF),
            Map.entry("GET /api/v1/encounters", CLINICIANS),
            Map.entry("POST /api/v1/encounters/{id}/finish", WARD_STAFF),
            Map.entry("POST /api/v1/encounters/{id}/void", WARD_STAFF),
            Map.entry("POST /api/v1/observations", WARD_STAFF),
            Map.entry("GET /api/v1/observations", CLINICIANS),
            Map.entry("POST /api/v1/observations/{id}/void", WARD_STAFF),
            Map.entry("POST /api/v1/conditions", DOCTOR),
            Map.entry("GET /api/v1/conditions", CLINICIANS),
            Map.entry("PUT /api/v1/conditions/{id}/status", DOCTOR),
            Map.entry("POST /api/v1/conditions/{id}/void", DOCTOR),
            Map.entry("POST /api/v1/allergies", WARD_STAFF),
            Map.entry("GET /api/v1/allergies", CLINICIANS),
            Map.entry("PUT /api/v1/allergies/{id}/status", WARD_STAFF),
            Map.entry("POST /api/v1/allergies/{id}/void", WARD_STAFF),
            Map.entry("POST /api/v1/notes", WARD_STAFF),
            Map.entry("GET /api/v1/notes", CLINICIANS),
            Map.entry("POST /api/v1/notes/{id}/amend", WARD_STAFF),
            Map.entry("POST /api/v1/notes/{id}/void", WARD_STAFF),
            Map.entry("POST /api/v1/treatments", DOCTOR),
            Map.entry("GET /api/v1/treatments", CLINICIANS),
            Map.entry("GET /api/v1/treatments/worklist", WARD_STAFF),
            Map.entry("POST /api/v1/treatments/{id}/start", WARD_STAFF),
            Map.entry("POST /api/v1/treatments/{id}/complete", WARD_STAFF),
            Map.entry("POST /api/v1/treatments/{id}/cancel", DOCTOR),
            Map.entry("POST /api/v1/prescriptions", DOCTOR),
            Map.entry("GET /api/v1/prescriptions", CLINICIANS),
            Map.entry("GET /api/v1/prescriptions/queue", Set.of("pharmacist")),
            Map.entry("GET /api/v1/prescriptions/{id}", CLINICIANS),
            Map.entry("POST /api/v1/prescriptions/{id}/dispense", Set.of("pharmacist")),
            Map.entry("POST /api/v1/prescriptions/{id}/complete", DOCTOR),
            Map.entry("POST /api/v1/prescriptions/{id}/cancel", DOCTOR),
            Map.entry("GET /api/v1/sync/status", Set.of("admin")),
            Map.entry("GET /api/v1/sync/digest", Set.of("admin")),
            Map.entry("POST /api/v1/sync/peers/{peer}/pause", Set.of("admin")),
            Map.entry("POST /api/v1/sync/peers/{peer}/resume", Set.of("admin")),
            Map.entry("POST /api/v1/sync/peers/{peer}/repair", Set.of("admin")),
            Map.entry("GET /api/v1/sync/conflicts", WARD_STAFF),
            Map.entry("GET /api/v1/sync/conflicts/{id}", WARD_STAFF),
            Map.entry("POST /api/v1/sync/conflicts/{id}/resolve", DOCTOR),
            Map.entry("GET /api/v1/sync/quarantine", Set.of("admin")),
            Map.entry("POST /api/v1/sync/quarantine/{id}/retry", Set.of("admin")),
            Map.entry("GET /api/v1/admin/leadership", Set.of("admin")),
            Map.entry("GET /api/v1/admin/backups", Set.of("admin")),
            Map.entry("POST /api/v1/admin/backups", Set.of("admin")),
            Map.entry("GET /api/v1/admin/backups/{id}", Set.of("admin")),
            Map.entry("POST /api/v1/prescriptions/{id}/void", DOCTOR),
            Map.entry("GET /api/v1/dispensings", CLINICIANS));

    private static final String ISSUER = ContainerNode.ISSUER;
    private static final Path IT_DIR = ContainerNode.IT_DIR;
    /** Reading a patient's consent, and breaking the glass, stay open when the patient does not share. */
    private static final Set<String> CONSENT_WAYS_IN = Set.of("GET /api/v1/patients/{id}/consent",
            "POST /api/v1/patients/{id}/break-glass");
    /** Collections that are not lists of one patient's records. */
    private static final Set<String> NOT_PATIENT_DATA = Set.of("api/v1/patients", "api/v1/hospital",
            "api/v1/notifications");
    /** Operations that answer with a stream that stays open: opened, checked and closed. */
    private static final Set<String> STREAMS = Set.of("GET /api/v1/notifications/stream");
    /** Operations that revoke the token they are called with: called with a token of their own. */
    private static final Set<String> SPENDS_THE_TOKEN = Set.of("POST /api/v1/auth/logout");

    private static final ApiClient NODE = ContainerNode.NODE;
    private static final Ward WARD = new Ward(NODE, ContainerNode.users());

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    @Test
    void shouldDecideWhoMayCallEveryOperationOfTheApi() {
        JsonObject paths = NODE.send("GET", "openapi", null, null, "Accept", "application/json").json()
                .getJsonObject("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "delete", "patch").contains(method))
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        assertThat(documented).as("operations in /openapi").containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
    }

    @Test
    void shouldRefuseEveryProtectedOperationToAnonymousCallersAndToRolesOutsideItsRowAndAuditEachRefusal()
            throws SQLException {
        long auditBefore = lastAuditSeq();
        List<String> wrong = new ArrayList<>();
        Map<String, Long> refusalsSent = new TreeMap<>();
        MATRIX.forEach((operation, allowed) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = concretePath(operation);
            String body = method.equals("GET") ? null : "{}";
            if (!allowed.isEmpty()) {
                expect(wrong, operation, "anonymous", NODE.send(method, path, null, body), 401);
            }
            for (String role : List.of("doctor", "nurse", "pharmacist", "admin")) {
                String token = SPENDS_THE_TOKEN.contains(operation) ? WARD.freshToken(role) : WARD.token(role);
                if ((allowed.isEmpty() || allowed.contains(role)) && STREAMS.contains(operation)) {
                    try (EventStream stream = NODE.stream(path, token, null)) {
                        if (stream.status() != 200) {
                            wrong.add(operation + " as " + role + ": " + stream.status() + " but the role is allowed");
                        }
                    }
                    continue;
                }
                Reply reply = NODE.send(method, path, token, body);
                if (allowed.isEmpty() || allowed.contains(role)) {
                    if (reply.status() == 401 || reply.status() == 403 || reply.status() >= 500) {
                        wrong.add(operation + " as " + role + ": " + reply.status() + " but the role is allowed");
                    }
                } else {
                    expect(wrong, operation, role, reply, 403);
                    refusalsSent.merge(method + " " + auditedPath(path), 1L, Long::sum);
                }
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(roleRefusalsAudited(auditBefore)).as("one DENIED 403 audit entry per refused call")
                .isEqualTo(refusalsSent);
    }

    /** Entries after {@code seq} of signed-in callers refused with 403, counted by action. */
    private static Map<String, Long> roleRefusalsAudited(long seq) throws SQLException {
        return countedByAction("actor IS NOT NULL AND status = 403", seq);
    }

    @Test
    void shouldRefuseEveryProtectedOperationToUntrustedTokensAndAuditEachRefusal() throws SQLException {
        String doctor = WARD.username("doctor");
        PrivateKey hospitalKey = ForgedTokens.readPkcs8(IT_DIR.resolve("keys/jwt-private.pem"));
        Instant inAnHour = Instant.now().plusSeconds(3600);
        Map<String, String> untrusted = Map.of(
                "expired", ForgedTokens.signedWith(hospitalKey,
                        ForgedTokens.claims(ISSUER, doctor, "doctor", Instant.now().minusSeconds(600))),
                "bad signature", ForgedTokens.signedWith(ForgedTokens.strangerKey(),
                        ForgedTokens.claims(ISSUER, doctor, "doctor", inAnHour)),
                "another hospital's", ForgedTokens.signedWith(ForgedTokens.strangerKey(),
                        ForgedTokens.claims("medmesh-hospB", doctor, "doctor", inAnHour)),
                "tampered", ForgedTokens.withPayload(WARD.token("doctor"),
                        ForgedTokens.claims(ISSUER, "intruder", "admin", inAnHour)),
                "unsigned",
                ForgedTokens.unsigned(Json.createObjectBuilder().add("alg", "none").add("typ", "JWT").build(),
                        ForgedTokens.claims(ISSUER, doctor, "doctor", inAnHour)));
        long auditBefore = lastAuditSeq();
        List<String> wrong = new ArrayList<>();
        Map<String, Long> refusalsSent = new TreeMap<>();

        MATRIX.forEach((operation, allowed) -> {
            if (allowed.isEmpty()) {
                return;
            }
            String method = operation.substring(0, operation.indexOf(' '));
            String path = concretePath(operation);
            untrusted.forEach((kind, token) -> expect(wrong, operation, kind + " token",
                    NODE.send(method, path, token, method.equals("GET") ? null : "{}"), 401));
            refusalsSent.merge(method + " " + auditedPath(path), (long) untrusted.size(), Long::sum);
        });

        assertThat(wrong).isEmpty();
        assertThat(anonymousRefusalsAudited(auditBefore)).as("one DENIED 401 audit entry per refused call")
                .isEqualTo(refusalsSent);
    }

    /**
     * Every read of a patient's data — each operation under {@code patients/{id}} and each list by {@code ?patient=},
     * taken from the matrix so that a new one cannot be forgotten — is refused to clinicians here when the patient,
     * registered at another hospital, does not share the record with this one; each refusal is audited. Reading the
     * consent itself and breaking the glass are the two ways in, and stay open.
     */
    @Test
    void shouldRefuseEveryReadOfAPatientWhoDoesNotShareWithThisHospitalAndAuditEachRefusal() throws SQLException {
        PeerChanges hospX = ContainerNode.peer();
        UUID patient = hospX.registerPatient("Xenia", Ward.unique("Matrix"));
        Poll.until(Duration.ofSeconds(20), "hospX's patient received",
                () -> WARD.get("doctor", "api/v1/patients/" + patient).status() == 200);
        hospX.stopSharing(patient);
        Poll.until(Duration.ofSeconds(20), "hospX's consent received",
                () -> WARD.get("doctor", "api/v1/patients/" + patient).status() == 403);
        long auditBefore = lastAuditSeq();
        List<String> wrong = new ArrayList<>();
        Map<String, Long> refusalsSent = new TreeMap<>();

        MATRIX.forEach((operation, allowed) -> {
            String path = readOfPatient(operation, patient);
            if (path == null || CONSENT_WAYS_IN.contains(operation)) {
                return;
            }
            for (String role : allowed) {
                if (CLINICIANS.contains(role)) {
                    Reply reply = NODE.send("GET", path, WARD.token(role), null);
                    expect(wrong, operation, role, reply, 403);
                    if (reply.status() == 403 && !reply.json().getString("type").endsWith("/consent-required")) {
                        wrong.add(operation + " as " + role + ": " + reply.json().getString("type"));
                    }
                    refusalsSent.merge("GET " + auditedPath(path.replaceAll("\\?.*", "")), 1L, Long::sum);
                }
            }
        });

        assertThat(refusalsSent).as("reads of a patient found in the matrix").hasSizeGreaterThan(8);
        assertThat(wrong).isEmpty();
        assertThat(refusalsAudited(auditBefore, patient)).isEqualTo(refusalsSent);
    }

    /** The concrete path of a read of this patient's data, or null when the operation is none. */
    private static String readOfPatient(String operation, UUID patient) {
        if (!operation.startsWith("GET ")) {
            return null;
        }
        String path = operation.substring(5);
        if (path.startsWith("api/v1/patients/{id}")) {
            return path.replace("{id}", patient.toString());
        }
        boolean collection = !path.contains("{") && path.chars().filter(c -> c == '/').count() == 2;
        return collection && !NOT_PATIENT_DATA.contains(path) ? path + "?patient=" + patient : null;
    }

    private static String concretePath(String operation) {
        return operation.substring(operation.indexOf(' ') + 2).replace("{id}", UUID.randomUUID().toString())
                .replace("{peer}", "hospZ").replace("{seq}", "1");
    }

    /** The audit trail's action path: relative to /api/v1, ids as {id}. */
    private static String auditedPath(String path) {
        return path.substring("api/v1/".length()).replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                + "[0-9a-f]{12}", "{id}");
    }

    private static long lastAuditSeq() throws SQLException {
        try (Connection db = database();
                Statement query = db.createStatement();
                ResultSet row = query.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_event")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Entries after {@code seq} of callers without a valid identity refused with 401, counted by action. */
    private static Map<String, Long> anonymousRefusalsAudited(long seq) throws SQLException {
        return countedByAction("actor IS NULL AND status = 401", seq);
    }

    /** Audit entries after {@code seq} about the patient refused with 403, counted by action. */
    private static Map<String, Long> refusalsAudited(long seq, UUID patient) throws SQLException {
        return countedByAction("patient_id = UNHEX(REPLACE('" + patient + "', '-', '')) AND status = 403", seq);
    }

    /** DENIED entries after {@code seq} matching {@code condition}, counted by action. */
    private static Map<String, Long> countedByAction(String condition, long seq) throws SQLException {
        Map<String, Long> counted = new TreeMap<>();
        try (Connection db = database();
                PreparedStatement query = db.prepareStatement("SELECT action, COUNT(*) FROM audit_event WHERE seq > ? "
                        + "AND outcome = 'DENIED' AND " + condition + " GROUP BY action")) {
            query.setLong(1, seq);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counted.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counted;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("medmesh.it.db.port")
                + "/medmesh", System.getenv("HOSPITAL_DB_USER"), System.getenv("HOSPITAL_DB_PASSWORD"));
    }

    private static void expect(List<String> wrong, String operation, String caller, Reply reply, int status) {
        if (reply.status() != status || !reply.contentType().startsWith("application/problem+json")) {
            wrong.add(operation + " as " + caller + ": " + reply.status() + " " + reply.contentType()
                    + ", expected " + status + " problem");
        }
    }
}
