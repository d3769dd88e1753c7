package org.medmesh.bench.network;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The REST calls of a ward, as a client makes them: sign in, register a patient, open an encounter, record a vital sign
 * or a condition, and read (search, patient, chart). Every call fails with the answer's status and problem title when
 * the node does not accept it.
 */
public final class WardClient implements AutoCloseable {

    private static final String LOINC = "http://loinc.org";

    private final URI base;
    private final ExecutorService callbacks = Executors.newFixedThreadPool(4);
    private final HttpClient http;

    public WardClient(String baseUrl) {
        this.base = URI.create(baseUrl);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String signIn(DemoStaff.Account account) throws IOException, InterruptedException {
        return post("api/v1/auth/token", null, "{\"username\":\"" + account.username() + "\",\"password\":\""
                + account.password() + "\"}").getString("access_token");
    }

    /** Registers a synthetic patient (number {@code n}) and returns its id. */
    public String registerPatient(String token, int n) throws IOException, InterruptedException {
        LocalDate born = LocalDate.of(1940 + n % 60, 1 + n % 12, 1 + n % 28);
        return post("api/v1/patients", token, "{\"givenName\":\"Bench\",\"familyName\":\"Patient" + n
                + "\",\"birthDate\":\"" + born + "\",\"sex\":\"" + (n % 2 == 0 ? "FEMALE" : "MALE")
                + "\",\"city\":\"Graz\",\"country\":\"AT\"}").getString("id");
    }

    public String openEncounter(String token, String patientId) throws IOException, InterruptedException {
        return post("api/v1/encounters", token, "{\"patientId\":\"" + patientId
                + "\",\"type\":\"INPATIENT\",\"ward\":\"Cardiology\"}").getString("id");
    }

    /** Records a heart rate and returns the observation's id. */
    public String recordHeartRate(String token, Admission admission, int beatsPerMinute)
            throws IOException, InterruptedException {
        return post("api/v1/observations", token, heartRate(admission, beatsPerMinute)).getString("id");
    }

    /** The same, without waiting: completes with the id, or exceptionally when the node refuses. */
    public CompletableFuture<String> recordHeartRateAsync(String token, Admission admission, int beatsPerMinute) {
        return http.sendAsync(request("api/v1/observations", token, heartRate(admission, beatsPerMinute)),
                HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    try {
                        return accepted(response).getString("id");
                    } catch (IOException e) {
                        throw new CompletionException(e);
                    }
                });
    }

    /** Records a systolic blood pressure (an input of the risk model), without waiting; completes with its id. */
    public CompletableFuture<String> recordSystolicPressureAsync(String token, Admission admission, int mmHg) {
        String json = String.format(Locale.ROOT, "{\"patientId\":\"%s\",\"encounterId\":\"%s\","
                + "\"category\":\"VITAL_SIGNS\",\"code\":{\"system\":\"%s\",\"code\":\"8480-6\","
                + "\"display\":\"Systolic blood pressure\"},\"value\":%d,\"unit\":\"mm[Hg]\"}",
                admission.patientId(), admission.encounterId(), LOINC, mmHg);
        return http.sendAsync(request("api/v1/observations", token, json), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    try {
                        return accepted(response).getString("id");
                    } catch (IOException e) {
                        throw new CompletionException(e);
                    }
                });
    }

    /** The patient's latest risk assessment, or empty while there is none (404). */
    public Optional<JsonObject> latestRisk(String token, String patientId) throws IOException, InterruptedException {
        HttpRequest get = HttpRequest.newBuilder(base.resolve("api/v1/patients/" + patientId + "/risk"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 404 ? Optional.empty() : Optional.of(accepted(response));
    }

    /** Adds an active condition (hypertension) to the problem list; a doctor's call. */
    public String addCondition(String doctorToken, String patientId) throws IOException, InterruptedException {
        return post("api/v1/conditions", doctorToken, "{\"patientId\":\"" + patientId + "\",\"code\":{\"system\":"
                + "\"http://snomed.info/sct\",\"code\":\"38341003\",\"display\":\"Hypertensive disorder\"}}")
                .getString("id");
    }

    /** The patient as {@code GET /patients/{id}} answers it (JSON); fails unless the answer is 200 OK. */
    public String patient(String token, String patientId) throws IOException, InterruptedException {
        return read(token, "api/v1/patients/" + patientId);
    }

    /** The patient's chart ({@code GET /patients/{id}/chart}, JSON); fails unless the answer is 200 OK. */
    public String chart(String token, String patientId) throws IOException, InterruptedException {
        return read(token, "api/v1/patients/" + patientId + "/chart");
    }

    /** The first page of a name search ({@code GET /patients?name=}, JSON); fails unless the answer is 200 OK. */
    public String searchByName(String token, String typed) throws IOException, InterruptedException {
        return read(token, "api/v1/patients?name=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
    }

    /**
     * A GET of {@code pathAndQuery} (below the base URL, already encoded), without waiting: completes with the answer's
     * body, or exceptionally when the node does not answer 2xx.
     */
    public CompletableFuture<String> getAsync(String token, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() / 100 != 2) {
                throw new CompletionException(new IOException("GET " + pathAndQuery + " answered "
                        + response.statusCode()));
            }
            return response.body();
        });
    }

    /** A patient with an open encounter, where observations are recorded. */
    public record Admission(String patientId, String encounterId) {
    }

    private static String heartRate(Admission admission, int beatsPerMinute) {
        return String.format(Locale.ROOT, "{\"patientId\":\"%s\",\"encounterId\":\"%s\",\"category\":\"VITAL_SIGNS\","
                + "\"code\":{\"system\":\"%s\",\"code\":\"8867-4\",\"display\":\"Heart rate\"},\"value\":%d,"
                + "\"unit\":\"/min\"}", admission.patientId(), admission.encounterId(), LOINC, beatsPerMinute);
    }

    /** The body of a GET, read but not parsed (a client's reading is not the node's work). */
    private String read(String token, String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest get = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            accepted(response); // an error: fails with the problem's title
            throw new IOException("GET " + response.uri().getPath() + " answered " + response.statusCode());
        }
        return response.body();
    }

    private JsonObject post(String path, String token, String json) throws IOException, InterruptedException {
        return accepted(http.send(request(path, token, json), HttpResponse.BodyHandlers.ofString()));
    }

    private HttpRequest request(String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private static JsonObject accepted(HttpResponse<String> response) throws IOException {
        JsonObject body = response.body().isBlank()
                ? Json.createObjectBuilder().build()
                : Json.createReader(new StringReader(response.body())).readObject();
        if (response.statusCode() / 100 != 2) {
            throw new IOException(response.request().method() + " " + response.uri().getPath() + " answered "
                    + response.statusCode() + ": " + body.getString("title", "(no problem title)"));
        }
        return body;
    }

    @Override
    public void close() {
        callbacks.shutdownNow();
    }
}
