package org.medmesh.interfaces.rest.problem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * Builds RFC 9457 {@code application/problem+json} responses. {@code type} is a stable URI naming the kind of problem;
 * {@code detail} is written for the person who has to fix the request.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** RFC 9110 422 Unprocessable Content: well-formed, but refused by a rule. */
    public static final int UNPROCESSABLE = 422;
    /** RFC 6585 428 Precondition Required. */
    public static final int PRECONDITION_REQUIRED = 428;

    private static final String TYPE_BASE = "https://medmesh.org/problems/";

    private Problem() {
    }

    public static Response response(Response.Status status, String type, String title, String detail) {
        return response(status.getStatusCode(), type, title, detail, Map.of());
    }

    public static Response response(int status, String type, String title, String detail, Map<String, ?> extensions) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(body(status, type, title, detail, extensions).toString()).build();
    }

    /** 400 listing each invalid field ({@code field}, {@code message}) so the user can correct them all at once. */
    public static Response invalidRequest(JsonArray errors) {
        return response(400, "invalid-request", "The request is invalid",
                "Correct the listed fields and send the request again.", Map.of("errors", errors));
    }

    /** 400 naming the one field that is invalid, in the same shape as {@link #invalidRequest}. */
    public static Response invalidField(String field, String message) {
        return invalidRequest(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("field", field).add("message", message)).build());
    }

    /** The problem document itself; numbers and JSON values in the extensions keep their JSON type. */
    /**
     * Replaces an answer already decided (in a response filter) by this problem, without the headers that described
     * what it was going to answer.
     */
    public static void replace(ContainerResponseContext response, int status, String type, String title,
            String detail) {
        response.setStatus(status);
        response.getHeaders().remove("Location");
        response.getHeaders().remove("ETag");
        response.getHeaders().putSingle("Content-Type", MEDIA_TYPE);
        response.setEntity(body(status, type, title, detail, Map.of()).toString());
    }

    public static JsonObject body(int status, String type, String title, String detail, Map<String, ?> extensions) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPE_BASE + type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        extensions.forEach((key, value) -> body.add(key, value instanceof JsonValue json
                ? json
                : value instanceof Number number
                        ? Json.createValue(number.longValue())
                        : Json.createValue(String.valueOf(value))));
        return body.build();
    }
}
