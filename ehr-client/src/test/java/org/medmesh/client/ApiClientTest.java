package org.medmesh.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.medmesh.client.FakeNode.Answer;

class ApiClientTest {

    @Test
    void shouldSendTheBearerTokenAndTheJsonBodyAndKeepTheAnswer() {
        try (FakeNode node = new FakeNode(request -> Answer.json(201, "{\"id\":\"p-1\"}"))) {
            Reply reply = new ApiClient(node.baseUrl()).send("POST", "api/v1/patients", "tok", "{\"a\":1}");

            assertThat(reply.status()).isEqualTo(201);
            assertThat(reply.accepted().getString("id")).isEqualTo("p-1");
            assertThat(reply.etag()).isEqualTo("\"7\"");
            assertThat(node.received()).singleElement().satisfies(received -> {
                assertThat(received.method()).isEqualTo("POST");
                assertThat(received.path()).isEqualTo("/api/v1/patients");
                assertThat(received.authorization()).isEqualTo("Bearer tok");
                assertThat(received.contentType()).isEqualTo("application/json");
                assertThat(received.body()).isEqualTo("{\"a\":1}");
            });
        }
    }

    @Test
    void shouldSendNoAuthorizationWithoutAToken() {
        try (FakeNode node = new FakeNode(request -> Answer.json(200, "{}"))) {
            new ApiClient(node.baseUrl().replaceAll("/$", "")).get("health/ready");

            assertThat(node.received()).singleElement().satisfies(received -> {
                assertThat(received.path()).isEqualTo("/health/ready");
                assertThat(received.authorization()).isNull();
            });
        }
    }

    @Test
    void shouldNameTheRequestAndTheProblemWhenTheNodeRefusesButNotTheQuery() {
        try (FakeNode node = new FakeNode(request -> Answer.problem(422, "Invalid observation", "Give a unit."))) {
            Reply reply = new ApiClient(node.baseUrl()).get("api/v1/patients?name=Garc%C3%ADa", "tok");

            assertThatThrownBy(reply::accepted).isInstanceOf(ApiRefusal.class)
                    .hasMessage("GET /api/v1/patients answered 422: Invalid observation — Give a unit.")
                    .satisfies(e -> assertThat(((ApiRefusal) e).status()).isEqualTo(422));
            assertThatThrownBy(reply::okBody).isInstanceOf(ApiRefusal.class);
        }
    }

    @Test
    void shouldRefuseAnAnswerOtherThan200WhereOnly200Will() {
        try (FakeNode node = new FakeNode(request -> Answer.json(204, ""))) {
            Reply reply = new ApiClient(node.baseUrl()).get("api/v1/x", "tok");

            assertThat(reply.accepted()).isEmpty();
            assertThatThrownBy(reply::okBody).hasMessageContaining("answered 204: (no problem details)");
        }
    }

    @Test
    void shouldReturnTheTokenOfASignInAndRefuseAWrongPassword() {
        try (FakeNode node = new FakeNode(request -> request.body().contains("\"password\":\"right\"")
                ? Answer.json(200, "{\"access_token\":\"jwt\",\"token_type\":\"Bearer\"}")
                : Answer.problem(401, "Sign-in refused", "Wrong username or password."))) {
            ApiClient api = new ApiClient(node.baseUrl());

            assertThat(api.token("nurse.a", "right")).isEqualTo("jwt");
            assertThatThrownBy(() -> api.token("nurse.a", "wrong")).isInstanceOf(ApiRefusal.class)
                    .hasMessageContaining("POST /api/v1/auth/token answered 401").hasMessageNotContaining("wrong");
            assertThat(node.received().get(0).body()).isEqualTo("{\"username\":\"nurse.a\",\"password\":\"right\"}");
        }
    }

    @Test
    void shouldCompleteAnAsynchronousCallWithTheAnswer() throws Exception {
        try (FakeNode node = new FakeNode(request -> Answer.json(201, "{\"id\":\"o-1\"}"))) {
            Reply reply = new ApiClient(node.baseUrl()).sendAsync("POST", "api/v1/observations", "tok", "{}")
                    .get(30, TimeUnit.SECONDS);

            assertThat(reply.accepted().getString("id")).isEqualTo("o-1");
            assertThat(reply.request()).isEqualTo("POST /api/v1/observations");
        }
    }

    @Test
    void shouldKeepTheHeadersOfAnAnswerAndAddTheOnesGiven() {
        try (FakeNode node = new FakeNode(request -> Answer.json(200, "{}"))) {
            ReplyHeaders headers = new ApiClient(node.baseUrl()).headers("GET", "api/v1/x", "Authorization",
                    "Bearer t");

            assertThat(headers.status()).isEqualTo(200);
            assertThat(headers.first("ETag")).contains("\"7\"");
            assertThat(node.received().get(0).authorization()).isEqualTo("Bearer t");
            assertThatThrownBy(() -> new ApiClient(node.baseUrl()).headers("GET", "x", "Authorization"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void shouldSayWhichRequestGotNoAnswer() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ApiClient api = new ApiClient("http://127.0.0.1:" + closedPort);

        assertThatThrownBy(() -> api.get("health/ready")).isInstanceOf(UncheckedIOException.class)
                .hasMessage("no answer to GET /health/ready");
    }
}
