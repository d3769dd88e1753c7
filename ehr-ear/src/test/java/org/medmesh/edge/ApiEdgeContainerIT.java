package org.medmesh.edge;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medmesh.client.ApiClient;
import org.medmesh.client.Reply;
import org.medmesh.client.ReplyHeaders;
import org.medmesh.testsupport.ContainerNode;
import org.medmesh.testsupport.Ward;

/**
 * Every answer forbids caching, sniffing and framing; every 401 says how to authenticate; no answer opens the API to
 * another origin; a body over the size limit is refused with a problem the client receives; no answer names the server,
 * and absolute URLs never follow the client's {@code Host} header.
 */
@ExtendWith(ArquillianExtension.class)
class ApiEdgeContainerIT {

    private static final ApiClient NODE = ContainerNode.NODE;
    private static final Ward WARD = ContainerNode.ward();

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[]{"api/v1/hospital", "api/v1/patients/0190a5e2-0000-7000-8000-000000000000",
                "api/v1/no-such-thing"}) {
            ReplyHeaders answer = NODE.headers("GET", path);
            assertThat(answer.first("Cache-Control")).as(path).contains("no-store");
            assertThat(answer.first("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(answer.first("X-Frame-Options")).as(path).contains("DENY");
            assertThat(answer.first("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'none'"));
            assertThat(answer.first("Referrer-Policy")).as(path).contains("no-referrer");
        }
    }

    @Test
    void every401CarriesABearerChallenge() {
        String signIn = "Bearer realm=\"medmesh\"";
        String invalidToken = "Bearer realm=\"medmesh\", error=\"invalid_token\"";
        String unknownUser = Json.createObjectBuilder().add("username", "nobody." + UUID.randomUUID())
                .add("password", "not a password at all").build().toString();
        Map<String, ReplyHeaders> unauthenticated = Map.of(
                "no token", NODE.headers("GET", "api/v1/auth/me"),
                "no token for a patient", NODE.headers("GET", "api/v1/patients/0190a5e2-0000-7000-8000-000000000000"),
                "wrong credentials", NODE.postKeepingHeaders("api/v1/auth/token", unknownUser));
        Map<String, ReplyHeaders> refusedTokens = Map.of(
                "a malformed token", NODE.headers("GET", "api/v1/auth/me", "Authorization", "Bearer not.a.token"),
                "not a bearer token", NODE.headers("GET", "api/v1/hospital", "Authorization", "Basic YWRtaW46eA=="));

        unauthenticated.forEach((what, answer) -> {
            assertThat(answer.status()).as(what).isEqualTo(401);
            assertThat(answer.first("WWW-Authenticate")).as(what).contains(signIn);
        });
        refusedTokens.forEach((what, answer) -> {
            assertThat(answer.status()).as(what).isEqualTo(401);
            assertThat(answer.first("WWW-Authenticate")).as(what).contains(invalidToken);
        });
        ReplyHeaders forbidden = NODE.headers("GET", "api/v1/admin/staff", "Authorization",
                "Bearer " + ContainerNode.ward().token("nurse"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.first("WWW-Authenticate")).as("a 403 challenges nothing").isEmpty();
    }

    @Test
    void noOriginIsAllowedCrossOrigin() {
        ReplyHeaders preflight = NODE.headers("OPTIONS", "api/v1/patients", "Origin", "https://elsewhere.example",
                "Access-Control-Request-Method", "POST");
        ReplyHeaders simple = NODE.headers("GET", "api/v1/hospital", "Origin", "https://elsewhere.example");

        assertThat(preflight.values().map()).doesNotContainKeys("access-control-allow-origin",
                "Access-Control-Allow-Origin");
        assertThat(simple.values().map()).doesNotContainKeys("access-control-allow-origin",
                "Access-Control-Allow-Origin");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithAProblemTheClientReceives() {
        String tooLarge = "{\"givenName\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        Reply declared = NODE.post("api/v1/patients", "application/json", tooLarge);
        Reply chunked = NODE.postChunked("api/v1/patients", "application/json", tooLarge.getBytes(UTF_8));

        for (Reply refused : new Reply[]{declared, chunked}) {
            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getString("type")).endsWith("/request-too-large");
            assertThat(refused.json().getInt("maxBytes")).isEqualTo(1024 * 1024);
        }
    }

    @Test
    void aBodyWithinTheLimitReachesTheApi() {
        String small = "{\"username\":\"" + "x".repeat(4096) + "\",\"password\":\"wrong\"}";

        assertThat(NODE.post("api/v1/auth/token", "application/json", small).status()).isIn(400, 401);
        assertThat(NODE.postChunked("api/v1/auth/token", "application/json", small.getBytes(UTF_8)).status())
                .isIn(400, 401);
    }

    @Test
    void noAnswerNamesTheServerAndUnknownPathsAnswerAProblem() {
        for (String path : new String[]{"api/v1/hospital", "api/v1/no-such-thing", "no-such-page", "ui/x.xhtml",
                "WEB-INF/web.xml", "health/ready"}) {
            ReplyHeaders answer = NODE.headers("GET", path);
            assertThat(answer.first("Server")).as(path).isEmpty();
            assertThat(answer.first("X-Powered-By")).as(path).isEmpty();
        }
        for (String path : new String[]{"no-such-page", "ui/x.xhtml", "WEB-INF/web.xml", "errors/problem"}) {
            Reply unknown = NODE.get(path);
            assertThat(unknown.status()).as(path).isEqualTo(404);
            assertThat(unknown.contentType()).as(path).startsWith("application/problem+json");
            assertThat(unknown.body()).as(path).doesNotContainIgnoringCase("payara").doesNotContain("<html");
        }
        Reply wrongMethod = NODE.send("DELETE", "api-docs/index.html", null, null);
        assertThat(wrongMethod.body()).doesNotContainIgnoringCase("payara");
    }

    @Test
    void theHealthEndpointTellsEveryoneTheStatusAndOnlyAdministratorsTheDetails() {
        Reply anonymous = NODE.get("health/ready");
        assertThat(anonymous.body()).contains("\"UP\"").doesNotContain("jdbc", "tcp://", "vm://", "MariaDB", "mariadb",
                "mutual-tls");

        assertThat(NODE.get("api/v1/admin/health").status()).isEqualTo(401);
        assertThat(WARD.get("doctor", "api/v1/admin/health").status()).isEqualTo(403);
        Reply details = WARD.get("admin", "api/v1/admin/health");
        assertThat(details.status()).isEqualTo(200);
        assertThat(details.json().getJsonObject("database").getBoolean("up")).isTrue();
        assertThat(details.json().getJsonObject("broker").getString("channel")).isEqualTo("mutual-tls");
    }

    @Test
    void absoluteUrlsComeFromTheConfiguredAddressNeverFromTheHostHeader() {
        String body = "{\"username\":\"" + Ward.unique("loc.") + "\",\"displayName\":\"Location Test\","
                + "\"role\":\"nurse\",\"password\":\"correct-horse-battery-9\"}";
        String answer = rawRequest("POST /api/v1/admin/staff HTTP/1.1\r\nHost: evil.example\r\n"
                + "Authorization: Bearer " + WARD.token("admin") + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.getBytes(UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);

        assertThat(answer).startsWith("HTTP/1.1 201");
        assertThat(answer)
                .containsPattern("(?im)^Location: http://127\\.0\\.0\\.1:8080/api/v1/admin/staff/[0-9a-f-]{36}\r\n");
        assertThat(answer).doesNotContain("evil.example");
    }

    /** One request written byte for byte (the JDK's client will not send a Host header of our choosing). */
    private static String rawRequest(String request) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), 8080)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
