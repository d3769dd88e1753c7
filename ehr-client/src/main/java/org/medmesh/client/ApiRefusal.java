package org.medmesh.client;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;

/**
 * A node answered, but not with success: the request, the status and the problem's title and detail when it gave one.
 */
public final class ApiRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    private ApiRefusal(String message, int status) {
        super(message);
        this.status = status;
    }

    public static ApiRefusal of(Reply reply) {
        return new ApiRefusal(reply.request() + " answered " + reply.status() + ": " + problemOf(reply),
                reply.status());
    }

    public int status() {
        return status;
    }

    private static String problemOf(Reply reply) {
        if (!reply.contentType().contains("json") || reply.body().isBlank()) {
            return "(no problem details)";
        }
        try {
            JsonObject problem = reply.json();
            String title = problem.getString("title", "(no title)");
            String detail = problem.getString("detail", "");
            return detail.isEmpty() ? title : title + " — " + detail;
        } catch (JsonException | ClassCastException e) {
            return "(an unreadable problem)";
        }
    }
}
