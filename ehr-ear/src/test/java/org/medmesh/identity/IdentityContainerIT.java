package org.medmesh.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medmesh.client.ApiClient;
import org.medmesh.client.Reply;
import org.medmesh.client.StaffLogins;
import org.medmesh.testsupport.ContainerNode;
import org.medmesh.testsupport.ForgedTokens;
import org.medmesh.testsupport.Poll;
import org.medmesh.testsupport.Ward;

/**
 * Sign-in on the real node: lockout and unlock, tokens of the external issuers configured in ehr-ear's pom (one with a
 * JWKS file, one with a JWKS URL served here), refused tokens, logout, account changes that end old tokens, and staff
 * administration with the password and display-name rules, each account change told to the other administrators. Every
 * test uses accounts of its own.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityContainerIT {

    private static final ApiClient NODE = ContainerNode.NODE;
    private static final Path IT_DIR = ContainerNode.IT_DIR;
    private static final Ward WARD = new Ward(NODE, ContainerNode.users());
    private static final String ISSUER = ContainerNode.ISSUER;
    private static final String FILE_IDP = "https://idp-file.it.medmesh.test";
    private static final int URL_IDP_PORT = Integer.getInteger("medmesh.it.idp.port");
    private static final String PASSWORD = "violet kettle orbit 7";

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    @Test
    void shouldLockSignInAfterFiveFailuresUntilAnAdminUnlocks() {
        JsonObject account = createAccount("nurse");
        String username = account.getString("username");
        for (int i = 0; i < 5; i++) {
            assertThat(NODE.requestToken(username, "wrong password " + i).status()).isEqualTo(401);
        }

        Reply locked = NODE.requestToken(username, PASSWORD);

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(locked.json().getString("type")).endsWith("/sign-in-locked");
        assertThat(locked.json().getInt("retryAfterSeconds")).isBetween(800, 900);
        assertThat(listed(username).getString("lockedUntil")).isNotBlank();

        assertThat(admin("POST", "api/v1/admin/staff/" + account.getString("id") + "/unlock", null).status())
                .isEqualTo(200);
        assertThat(NODE.requestToken(username, PASSWORD).status()).isEqualTo(200);
        assertThat(listed(username).containsKey("lockedUntil") && !listed(username).isNull("lockedUntil")).isFalse();
    }

    @Test
    void shouldLockAnUnknownUsernameTheSameWaySoTheAnswerRevealsNoAccount() {
        String nobody = Ward.unique("nobody.");
        for (int i = 0; i < 5; i++) {
            Reply refused = NODE.requestToken(nobody, "wrong password " + i);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().getString("detail")).isEqualTo("Invalid username or password.");
        }

        assertThat(NODE.requestToken(nobody, PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void shouldAcceptAnExternalIssuersTokenForAnEnabledLocalAccountWithTheMappedRole() {
        JsonObject account = createAccount("doctor");
        String username = account.getString("username");
        PrivateKey idp = ForgedTokens.readPkcs8(IT_DIR.resolve("idp/idp-private.pem"));

        Reply me = NODE.get("api/v1/auth/me", fileIdpToken(idp, username, "ehr-doctor", "medmesh-hospIT"));

        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().getString("username")).isEqualTo(username);
        assertThat(me.json().getJsonArray("roles").getString(0)).isEqualTo("doctor");
        assertRefused(fileIdpToken(idp, username, "ehr-doctor", "another-audience"), "wrong-audience");
        assertRefused(fileIdpToken(idp, username, "ehr-nurse", "medmesh-hospIT"), "role-mismatch");
        assertRefused(fileIdpToken(idp, Ward.unique("stranger."), "ehr-doctor", "medmesh-hospIT"), "unknown-account");
        String valid = fileIdpToken(idp, username, "ehr-doctor", "medmesh-hospIT");
        admin("POST", "api/v1/admin/staff/" + account.getString("id") + "/disable", null);
        assertRefused(valid, "account-disabled");
    }

    @Test
    void shouldVerifyFromTheCachedKeysWhileTheIssuerIsDownAndKeepLocalSignInWorking() throws Exception {
        KeyPair idp = rsaKeyPair();
        String username = createAccount("nurse").getString("username");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", URL_IDP_PORT), 0);
        byte[] jwks = ForgedTokens.jwks((RSAPublicKey) idp.getPublic(), "url-idp-1").getBytes(StandardCharsets.UTF_8);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.start();
        String token = urlIdpToken(idp.getPrivate(), "url-idp-1", username);
        try {
            Poll.until(Duration.ofSeconds(30), "the node fetched the issuer's keys",
                    () -> NODE.get("api/v1/auth/me", token).status() == 200);
        } finally {
            server.stop(0);
        }

        try (HangUp down = new HangUp(URL_IDP_PORT)) {
            List<Integer> answers = new CopyOnWriteArrayList<>();
            Poll.until(Duration.ofSeconds(30), "the node tried to fetch the keys again (refresh interval 1 s)", () -> {
                answers.add(NODE.get("api/v1/auth/me", token).status());
                return down.connections() > 0;
            });
            assertThat(answers).as("answers while the issuer was down").containsOnly(200);
            assertThat(NODE.get("api/v1/auth/me", token).status()).isEqualTo(200);
            assertRefused(urlIdpToken(idp.getPrivate(), "url-idp-unknown", username), "unknown-key");
            assertThat(NODE.get("api/v1/auth/me", NODE.token(username, PASSWORD)).status()).isEqualTo(200);
        }
    }

    /** An issuer that is down: its port accepts connections and closes them at once, counting them. */
    private static final class HangUp implements AutoCloseable {

        private final ServerSocket socket;
        private final AtomicInteger connections = new AtomicInteger();

        HangUp(int port) throws IOException {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "issuer-down");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void shouldRefuseForeignExpiredBadlySignedUnsignedAndSystemTokensWith401Problems() throws IOException {
        String username = createAccount("doctor").getString("username");
        PrivateKey hospital = ForgedTokens.readPkcs8(IT_DIR.resolve("keys/jwt-private.pem"));
        Instant inAnHour = Instant.now().plusSeconds(3600);
        JsonObject good = ForgedTokens.claims(ISSUER, username, "doctor", inAnHour);
        assertThat(NODE.get("api/v1/auth/me", ForgedTokens.signedWith(hospital, good)).status()).isEqualTo(200);

        assertRefused(ForgedTokens.signedWith(hospital, ForgedTokens.claims("medmesh-hospB", username, "doctor",
                inAnHour)), "untrusted-issuer");
        assertRefused(ForgedTokens.signedWith(hospital, ForgedTokens.claims(ISSUER, username, "doctor",
                Instant.now().minusSeconds(120))), "expired");
        assertRefused(ForgedTokens.signedWith(ForgedTokens.strangerKey(), good), "bad-signature");
        assertRefused(ForgedTokens.unsigned(Json.createObjectBuilder().add("alg", "none").build(), good),
                "malformed");
        assertRefused(ForgedTokens.signedWith(hospital, Json.createObjectBuilder().add("alg", "HS256").build(), good),
                "unsupported-algorithm");
        assertRefused(ForgedTokens.signedWith(hospital, with(good, "groups", List.of("doctor", "system"))),
                "system-role");
        assertRefused(ForgedTokens.signedWith(hospital, Json.createObjectBuilder(good).remove("upn").build()),
                "missing-claim");
        Reply publicEndpoint = NODE.send("GET", "api/v1/hospital",
                ForgedTokens.signedWith(ForgedTokens.strangerKey(), good), null);
        assertThat(publicEndpoint.status()).as("a bad token is refused on public endpoints too").isEqualTo(401);
    }

    @Test
    void shouldRefuseATokenOnceItsHolderSignedOut() {
        String username = createAccount("pharmacist").getString("username");
        String token = NODE.token(username, PASSWORD);
        String other = NODE.token(username, PASSWORD);
        assertThat(NODE.get("api/v1/auth/me", token).status()).isEqualTo(200);

        assertThat(NODE.send("POST", "api/v1/auth/logout", token, null).status()).isEqualTo(204);

        assertRefused(token, "revoked");
        assertThat(NODE.get("api/v1/auth/me", other).status()).as("another session").isEqualTo(200);
        assertThat(NODE.get("api/v1/auth/me", NODE.token(username, PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseTheOldTokensOfAReRoledOrDisabledAccount() {
        JsonObject account = createAccount("nurse");
        String id = account.getString("id");
        String username = account.getString("username");
        String nurseToken = NODE.token(username, PASSWORD);

        Reply reRoled = admin("PUT", "api/v1/admin/staff/" + id + "/role", Json.createObjectBuilder()
                .add("role", "doctor").build());

        assertThat(reRoled.status()).isEqualTo(200);
        assertThat(reRoled.json().getString("role")).isEqualTo("doctor");
        assertRefused(nurseToken, "role-mismatch");
        String doctorToken = NODE.token(username, PASSWORD);
        assertThat(NODE.get("api/v1/auth/me", doctorToken).json().getJsonArray("roles").getString(0))
                .isEqualTo("doctor");

        assertThat(admin("POST", "api/v1/admin/staff/" + id + "/disable", null).json().getBoolean("enabled"))
                .isFalse();
        assertRefused(doctorToken, "account-disabled");
        assertThat(NODE.requestToken(username, PASSWORD).status()).isEqualTo(401);

        assertThat(admin("POST", "api/v1/admin/staff/" + id + "/enable", null).status()).isEqualTo(200);
        assertRefused(doctorToken, "superseded");
        assertThat(NODE.get("api/v1/auth/me", NODE.token(username, PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void shouldCreateAccountsOnlyWithPasswordsThatMeetTheRules() {
        String username = Ward.unique("staff.");
        List<String> refusals = List.of(
                create(username, "doctor", "short pw").body(),
                create(username, "doctor", "x " + username + " x y z").body(),
                create(username, "doctor", "Password1234").body(),
                create(username, "system", PASSWORD).body(),
                create("Not A Name", "doctor", PASSWORD).body());

        assertThat(refusals.get(0)).contains("\"field\":\"password\"").contains("at least 12 characters");
        assertThat(refusals.get(1)).contains("must not contain the username");
        assertThat(refusals.get(2)).contains("too common");
        assertThat(refusals.get(3)).contains("\"field\":\"role\"");
        assertThat(refusals.get(4)).contains("\"field\":\"username\"");
        assertThat(WARD.get("admin", "api/v1/admin/staff").body()).doesNotContain(username);
        assertThat(create(username, "doctor", PASSWORD).status()).isEqualTo(201);
        assertThat(create(username, "nurse", PASSWORD + " again").status()).isEqualTo(409);
        assertThat(NODE.send("POST", "api/v1/admin/staff", WARD.token("doctor"), newAccount(Ward.unique("x."),
                "doctor", PASSWORD).toString()).status()).isEqualTo(403);
    }

    @Test
    void shouldRefuseADisplayNameWithControlOrInvisibleCharactersCreatingNothing() {
        String username = Ward.unique("staff.");
        for (String displayName : List.of("Dr\r\nHouse", "Dr\tHouse", "Dr \u202EesuoH", "Dr\u200BHouse",
                "\u00A0\u3000")) {
            Reply refused = admin("POST", "api/v1/admin/staff", Json.createObjectBuilder().add("username", username)
                    .add("displayName", displayName).add("role", "doctor").add("password", PASSWORD).build());
            assertThat(refused.status()).as(displayName).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("displayName");
        }
        assertThat(WARD.get("admin", "api/v1/admin/staff").body()).doesNotContain(username);
        assertThat(staffNotices(WARD.token("admin"), username)).as("nothing announced").isEmpty();
    }

    @Test
    void shouldTellTheOtherAdministratorsOfEveryAccountCreatedReRoledDisabledOrEnabled() {
        String otherAdmin = NODE.token(createAccount("admin").getString("username"), PASSWORD);
        JsonObject account = createAccount("nurse");
        String id = account.getString("id");
        String username = account.getString("username");
        assertThat(admin("PUT", "api/v1/admin/staff/" + id + "/role", Json.createObjectBuilder()
                .add("role", "doctor").build()).status()).isEqualTo(200);
        assertThat(admin("POST", "api/v1/admin/staff/" + id + "/disable", null).status()).isEqualTo(200);
        assertThat(admin("POST", "api/v1/admin/staff/" + id + "/enable", null).status()).isEqualTo(200);
        assertThat(admin("PUT", "api/v1/admin/staff/" + id + "/role", Json.createObjectBuilder()
                .add("role", "surgeon").build()).status()).as("refused: announces nothing").isEqualTo(400);

        List<JsonObject> notices = staffNotices(otherAdmin, username);

        assertThat(notices).extracting(n -> n.getString("reason")).containsExactly(
                "enabled account " + username, "disabled account " + username,
                "changed the role of account " + username + " from nurse to doctor",
                "created account " + username + " with role nurse");
        String actingAdmin = WARD.username("admin");
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.getString("actor")).isEqualTo(actingAdmin);
            assertThat(n.getString("hospital")).isEqualTo("hospIT");
            assertThat(n.getString("patientId", null)).isNull();
        });
        assertThat(notices).extracting(n -> n.getString("subjectId")).doesNotHaveDuplicates();
        assertThat(WARD.get("doctor", "api/v1/notifications?limit=500").parse().asJsonArray()
                .getValuesAs(JsonObject.class)).as("not the clinicians' business")
                .noneMatch(n -> n.getString("kind").equals("staff-account-changed"));
    }

    @Test
    void shouldResetAPasswordEndingOldTokensAndOldPassword() {
        JsonObject account = createAccount("nurse");
        String username = account.getString("username");
        String old = NODE.token(username, PASSWORD);
        String path = "api/v1/admin/staff/" + account.getString("id") + "/password";

        assertThat(admin("POST", path, Json.createObjectBuilder().add("password", "welcome12345").build()).status())
                .isEqualTo(400);
        assertThat(NODE.get("api/v1/auth/me", old).status()).as("a refused reset changes nothing").isEqualTo(200);
        assertThat(admin("POST", path, Json.createObjectBuilder().add("password", "amber lantern ridge 42").build())
                .json().getString("changedBy")).isEqualTo(StaffLogins
                        .withRole(
                                ContainerNode.users(), "admin")
                        .username());

        assertRefused(old, "superseded");
        assertThat(NODE.requestToken(username, PASSWORD).status()).isEqualTo(401);
        assertThat(NODE.requestToken(username, "amber lantern ridge 42").status()).isEqualTo(200);
    }

    @Test
    void shouldLetStaffChangeTheirOwnPasswordWithTheCurrentOne() {
        String username = createAccount("doctor").getString("username");
        String token = NODE.token(username, PASSWORD);

        Reply wrongCurrent = changeOwnPassword(token, "not my password", "amber lantern ridge 42");
        Reply weak = changeOwnPassword(token, PASSWORD, "short");

        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("\"field\":\"currentPassword\"");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("\"field\":\"newPassword\"");
        assertThat(changeOwnPassword(token, PASSWORD, "amber lantern ridge 42").status()).isEqualTo(204);
        assertRefused(token, "superseded");
        assertThat(NODE.requestToken(username, PASSWORD).status()).isEqualTo(401);
        assertThat(NODE.requestToken(username, "amber lantern ridge 42").status()).isEqualTo(200);
    }

    private static Reply changeOwnPassword(String token, String current, String next) {
        return NODE.send("POST", "api/v1/auth/password", token, Json.createObjectBuilder()
                .add("currentPassword", current).add("newPassword", next).build().toString());
    }

    private static void assertRefused(String token, String reason) {
        Reply reply = NODE.get("api/v1/auth/me", token);
        assertThat(reply.status()).as(reason + ": " + reply.body()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("reason")).isEqualTo(reason);
    }

    private static JsonObject createAccount(String role) {
        Reply created = create(Ward.unique(role + "."), role, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static Reply create(String username, String role, String password) {
        return admin("POST", "api/v1/admin/staff", newAccount(username, role, password));
    }

    private static JsonObject newAccount(String username, String role, String password) {
        return Json.createObjectBuilder().add("username", username).add("displayName", "Test " + role)
                .add("role", role).add("password", password).build();
    }

    private static Reply admin(String method, String path, JsonObject body) {
        return NODE.send(method, path, WARD.token("admin"), body == null ? null : body.toString());
    }

    /** The staff-account-changed notifications about this username an administrator is shown, newest first. */
    private static List<JsonObject> staffNotices(String adminToken, String username) {
        Reply notices = NODE.get("api/v1/admin/notifications?limit=500", adminToken);
        assertThat(notices.status()).as(notices.body()).isEqualTo(200);
        return notices.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("kind").equals("staff-account-changed"))
                .filter(n -> n.getString("reason").contains(" " + username + " ")
                        || n.getString("reason").endsWith(" " + username))
                .toList();
    }

    private static JsonObject listed(String username) {
        return WARD.get("admin", "api/v1/admin/staff").parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(account -> account.getString("username").equals(username)).findFirst().orElseThrow();
    }

    private static String fileIdpToken(PrivateKey key, String username, String role, String audience) {
        long now = Instant.now().getEpochSecond();
        return ForgedTokens.signedWith(key, Json.createObjectBuilder().add("alg", "RS256").add("kid", "it-idp-1")
                .build(),
                Json.createObjectBuilder().add("iss", FILE_IDP).add("sub", "ext-" + username)
                        .add("preferred_username", username).add("aud", audience)
                        .add("roles", Json.createArrayBuilder().add(role).add("offline_access")).add("iat", now)
                        .add("exp", now + 600).build());
    }

    private static String urlIdpToken(PrivateKey key, String kid, String username) {
        long now = Instant.now().getEpochSecond();
        return ForgedTokens.signedWith(key, Json.createObjectBuilder().add("alg", "RS256").add("kid", kid).build(),
                Json.createObjectBuilder().add("iss", "http://127.0.0.1:" + URL_IDP_PORT)
                        .add("preferred_username", username).add("groups", Json.createArrayBuilder().add("nurse"))
                        .add("iat", now).add("exp", now + 600).build());
    }

    private static JsonObject with(JsonObject claims, String name, List<String> values) {
        JsonObjectBuilder copy = Json.createObjectBuilder(claims);
        copy.add(name, Json.createArrayBuilder(values));
        return copy.build();
    }

    private static KeyPair rsaKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
