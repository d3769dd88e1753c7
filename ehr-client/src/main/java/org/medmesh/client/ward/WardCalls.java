package org.medmesh.client.ward;

import jakarta.json.JsonObject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.medmesh.client.ApiClient;
import org.medmesh.client.ApiRefusal;
import org.medmesh.client.Reply;
import org.medmesh.client.StaffLogins.StaffLogin;

/**
 * The REST calls of a ward: sign in, register a patient, open an encounter, record observations, allergies and
 * conditions, and read (a patient, a chart, a search). A call the node does not accept raises {@link ApiRefusal} (for
 * the asynchronous ones, the future completes with it), naming the request and the problem's title.
 */
public final class WardCalls implements AutoCloseable {

    private final ExecutorService callbacks = Executors.newFixedThreadPool(4);
    private final ApiClient api;

    public WardCalls(String baseUrl) {
        this.api = new ApiClient(baseUrl, callbacks);
    }

    public ApiClient api() {
        return api;
    }

    public String signIn(StaffLogin login) {
        return api.token(login.username(), login.password());
    }

    /** Registers a patient ({@link ClinicalBodies#registration}) and returns its id. */
    public String registerPatient(String token, JsonObject registration) {
        return created(token, "api/v1/patients", registration);
    }

    /** Opens an encounter and returns its id. */
    public String openEncounter(String token, String patientId, String type, String ward) {
        return created(token, "api/v1/encounters", ClinicalBodies.encounter(patientId, type, ward));
    }

    /** Records an observation ({@link ClinicalBodies#quantity}, {@link ClinicalBodies#answer}) and returns its id. */
    public String record(String token, JsonObject observation) {
        return created(token, "api/v1/observations", observation);
    }

    /** The same, without waiting: completes with the id, or with {@link ApiRefusal} when the node refuses. */
    public CompletableFuture<String> recordAsync(String token, JsonObject observation) {
        return api.sendAsync("POST", "api/v1/observations", token, observation.toString())
                .thenApply(reply -> reply.accepted().getString("id"));
    }

    public String addAllergy(String token, JsonObject allergy) {
        return created(token, "api/v1/allergies", allergy);
    }

    /** Adds to the problem list (a doctor's call) and returns the condition's id. */
    public String addCondition(String token, JsonObject condition) {
        return created(token, "api/v1/conditions", condition);
    }

    /** Writes a prescription ({@link ClinicalBodies#prescription}; a doctor's call) and returns its id. */
    public String prescribe(String token, JsonObject prescription) {
        return created(token, "api/v1/prescriptions", prescription);
    }

    /** The patient's latest risk assessment, or empty while there is none (404). */
    public Optional<JsonObject> latestRisk(String token, String patientId) {
        Reply reply = api.get("api/v1/patients/" + patientId + "/risk", token);
        return reply.status() == 404 ? Optional.empty() : Optional.of(reply.accepted());
    }

    /** The patient as {@code GET /patients/{id}} answers it (JSON, not parsed); fails unless 200 OK. */
    public String patient(String token, String patientId) {
        return api.get("api/v1/patients/" + patientId, token).okBody();
    }

    /** The patient's chart ({@code GET /patients/{id}/chart}, JSON, not parsed); fails unless 200 OK. */
    public String chart(String token, String patientId) {
        return api.get("api/v1/patients/" + patientId + "/chart", token).okBody();
    }

    /** The first page of a name search ({@code GET /patients?name=}, JSON, not parsed); fails unless 200 OK. */
    public String searchByName(String token, String typed) {
        return api.get("api/v1/patients?name=" + URLEncoder.encode(typed, StandardCharsets.UTF_8), token).okBody();
    }

    /**
     * A GET of {@code pathAndQuery} (below the base URL, already encoded), without waiting: completes with the body, or
     * with {@link ApiRefusal} when the node does not answer 2xx.
     */
    public CompletableFuture<String> getAsync(String token, String pathAndQuery) {
        return api.sendAsync("GET", pathAndQuery, token, null).thenApply(reply -> {
            if (!reply.isSuccess()) {
                throw ApiRefusal.of(reply);
            }
            return reply.body();
        });
    }

    private String created(String token, String path, JsonObject body) {
        return api.send("POST", path, token, body.toString()).accepted().getString("id");
    }

    @Override
    public void close() {
        callbacks.shutdownNow();
    }
}
