package org.medmesh.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.StringReader;

/**
 * A node's answer with its body kept as text.
 *
 * @param request what was asked ({@code METHOD path}), for messages
 */
public record Reply(int status, String contentType, String body, String etag, String request) {

    public boolean isSuccess() {
        return status / 100 == 2;
    }

    /** The body as a JSON object. */
    public JsonObject json() {
        return (JsonObject) parse();
    }

    public JsonStructure parse() {
        return Json.createReader(new StringReader(body)).read();
    }

    /** The body as a JSON object (empty for an empty body) when the answer is 2xx; otherwise {@link ApiRefusal}. */
    public JsonObject accepted() {
        if (!isSuccess()) {
            throw ApiRefusal.of(this);
        }
        return body.isBlank() ? JsonObject.EMPTY_JSON_OBJECT : json();
    }

    /** The body when the answer is exactly {@code 200 OK}; otherwise {@link ApiRefusal}. */
    public String okBody() {
        if (status != 200) {
            throw ApiRefusal.of(this);
        }
        return body;
    }

    @Override
    public String toString() {
        return request + " → " + status + " " + contentType + " " + body;
    }
}
