package org.medmesh.client;

import jakarta.json.Json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The REST API of one hospital node, over HTTP/1.1, the way any REST client calls it. Paths are relative to the node's
 * base URL ({@code api/v1/patients}); a bearer token may be null (anonymous). A node that does not answer raises
 * {@link UncheckedIOException}; any answer, success or not, is a {@link Reply}.
 */
public final class ApiClient {

    private static final Duration CONNECT_WITHIN = Duration.ofSeconds(5);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);
    private static final String JSON = "application/json";

    private final URI base;
    private final HttpClient http;

    public ApiClient(String baseUrl) {
        this(baseUrl, null);
    }

    /** @param callbacks runs the completions of {@link #sendAsync} (null: the JDK's shared pool) */
    public ApiClient(String baseUrl, Executor callbacks) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_WITHIN);
        this.http = (callbacks == null ? builder : builder.executor(callbacks)).build();
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Reply get(String path, String bearerToken) {
        return send("GET", path, bearerToken, null);
    }

    /** A POST without a token, of a body of any content type (null: none declared). */
    public Reply post(String path, String contentType, String body) {
        HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    /** A POST whose body is sent chunked, without a declared length. */
    public Reply postChunked(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
    }

    /** Any request: method, path, bearer token (or null), JSON body (or null) and extra headers (name, value, …). */
    public Reply send(String method, String path, String bearerToken, String jsonBody, String... headers) {
        return send(request(method, path, bearerToken, jsonBody, headers));
    }

    /** The same without waiting: completes with the answer, or exceptionally when the node does not answer. */
    public CompletableFuture<Reply> sendAsync(String method, String path, String bearerToken, String jsonBody) {
        HttpRequest request = request(method, path, bearerToken, jsonBody);
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(ApiClient::replyOf);
    }

    /** Any request without a body, keeping the answer's headers: method, path, headers (name, value, …). */
    public ReplyHeaders headers(String method, String path, String... headers) {
        HttpRequest.Builder request = request(path).method(method, HttpRequest.BodyPublishers.noBody());
        addHeaders(request, headers);
        return headersOf(request.build());
    }

    /** A POST of a JSON body without a token, keeping the answer's headers. */
    public ReplyHeaders postKeepingHeaders(String path, String jsonBody) {
        return headersOf(request(path).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)).build());
    }

    /**
     * Opens a stream of server-sent events with a bearer token, resuming after {@code lastEventId} when it is not null.
     * The stream has no answer timeout: it lasts until either side closes it.
     */
    public EventStream stream(String path, String bearerToken, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + bearerToken).GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return EventStream.open(http, request.build());
    }

    /** Signs in and returns the bearer token; {@link ApiRefusal} when the node refuses. */
    public String token(String username, String password) {
        Reply reply = requestToken(username, password);
        if (reply.status() != 200) {
            throw ApiRefusal.of(reply);
        }
        return reply.json().getString("access_token");
    }

    /** The sign-in request itself, whatever the node answers. */
    public Reply requestToken(String username, String password) {
        String body = Json.createObjectBuilder().add("username", username).add("password", password).build()
                .toString();
        return post("api/v1/auth/token", JSON, body);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(ANSWER_WITHIN);
    }

    private HttpRequest request(String method, String path, String bearerToken, String jsonBody,
            String... headers) {
        HttpRequest.Builder request = request(path).method(method, jsonBody == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", JSON);
        }
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        addHeaders(request, headers);
        return request.build();
    }

    private static void addHeaders(HttpRequest.Builder request, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("headers come in pairs of name and value");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
    }

    private Reply send(HttpRequest request) {
        try {
            return replyOf(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + describe(request), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + describe(request), e);
        }
    }

    private ReplyHeaders headersOf(HttpRequest request) {
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new ReplyHeaders(response.statusCode(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + describe(request), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + describe(request), e);
        }
    }

    private static Reply replyOf(HttpResponse<String> response) {
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers().firstValue("ETag").orElse(null), describe(response.request()));
    }

    /** Method and path, without the query (which may hold a searched name). */
    private static String describe(HttpRequest request) {
        return request.method() + " " + request.uri().getPath();
    }
}
