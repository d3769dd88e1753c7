package org.medmesh.interfaces.rest.problem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * Builds RFC 9457 {@code application/problem+json} responses. {@code type} is a stable URI naming the kind of problem;
 * {@code detail} is written for the person who has to fix the request.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://medmesh.org/problems/";

    private Problem() {
    }

    public static Response response(Response.Status status, String type, String title, String detail) {
        return response(status, type, title, detail, Map.of());
    }

    public static Response response(Response.Status status, String type, String title, String detail,
            Map<String, ?> extensions) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(body(status, type, title, detail, extensions).toString()).build();
    }

    /** The problem document itself. */
    public static JsonObject body(Response.Status status, String type, String title, String detail,
            Map<String, ?> extensions) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPE_BASE + type)
                .add("title", title)
                .add("status", status.getStatusCode());
        if (detail != null) {
            body.add("detail", detail);
        }
        extensions.forEach((key, value) -> body.add(key, Json.createValue(String.valueOf(value))));
        return body.build();
    }
}
