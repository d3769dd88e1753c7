package org.medmesh.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Talks HTTP to one hospital node, the way a REST client of the API would. */
public final class NodeClient {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public NodeClient(String baseUrl) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    /** A response with its body kept as text. */
    public record Reply(int status, String contentType, String body, String etag) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonStructure parse() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    public Reply get(String path, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return send(request.build());
    }

    public Reply get(String path) {
        return get(path, null);
    }

    public Reply post(String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    /** Any request: method, path, bearer token (or null), JSON body (or null) and extra headers (name, value, …). */
    /** A POST whose body is sent chunked, without a declared length. */
    public Reply postChunked(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build());
    }

    public Reply send(String method, String path, String bearerToken, String jsonBody, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, jsonBody == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** A response's status and headers (for checks on the headers themselves). */
    public record Headers(int status, java.net.http.HttpHeaders values) {

        public java.util.Optional<String> first(String name) {
            return values.firstValue(name);
        }
    }

    /** Any request, keeping the answer's headers: method, path, headers (name, value, …). */
    public Headers headers(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return headersOf(request.build());
    }

    /** A POST of a JSON body without a token, keeping the answer's headers. */
    public Headers postKeepingHeaders(String path, String jsonBody) {
        return headersOf(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build());
    }

    private Headers headersOf(HttpRequest request) {
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Headers(response.statusCode(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in and returns the bearer token, failing loudly if the node refuses. */
    public String token(String username, String password) {
        Reply reply = requestToken(username, password);
        if (reply.status() != 200) {
            throw new AssertionError("sign-in of " + username + " refused: " + reply);
        }
        return reply.json().getString("access_token");
    }

    public Reply requestToken(String username, String password) {
        String body = Json.createObjectBuilder().add("username", username).add("password", password).build()
                .toString();
        return post("api/v1/auth/token", "application/json", body);
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException("no answer from " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + request.uri(), e);
        }
    }
}
