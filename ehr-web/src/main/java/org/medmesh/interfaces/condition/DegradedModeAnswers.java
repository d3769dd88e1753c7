package org.medmesh.interfaces.condition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.medmesh.interfaces.monitoring.EndpointGroup;
import org.medmesh.interfaces.rest.problem.Problem;

/**
 * What the node answers while its database cannot be reached, wherever the request is first seen (the authentication
 * mechanism, which itself needs the database to check a token, or the {@link DegradedModeFilter}): the API a 503
 * problem {@code database-unreachable} that says nothing was changed, the pages a 503 page saying the same. What needs
 * no database is still served: the hospital's profile, health, metrics, the API document, the pages' static resources.
 */
@ApplicationScoped
public class DegradedModeAnswers {

    public static final String HEADER = "MedMesh-Condition";
    static final String RETRY_AFTER_SECONDS = "10";
    private static final Set<String> PAGES = Set.of("ward-pages", "admin-pages", "sign-in");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    NodeCondition condition;

    /**
     * Tells the response the node's condition and, when the database is known to be unreachable and the request needs
     * it, answers it; returns whether it did (the request must then go no further).
     */
    public boolean answeredWhileDegraded(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Condition now = condition.current();
        response.setHeader(HEADER, now.header());
        if (now.has(DegradationCause.DATABASE_UNREACHABLE)
                && needsTheDatabase(groupOf(request), !SAFE_METHODS.contains(request.getMethod()))) {
            answerDatabaseUnreachable(request, response);
            return true;
        }
        return false;
    }

    /** Answers a request that needs the database (or just failed on it) with the 503 of its kind. */
    public void answerDatabaseUnreachable(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        if (PAGES.contains(groupOf(request))) {
            page(response);
        } else {
            problem(response, !SAFE_METHODS.contains(request.getMethod()));
        }
    }

    /** Whether a request of this endpoint group (and kind) needs the database. */
    public static boolean needsTheDatabase(String group, boolean write) {
        if (group.equals("api-hospital")) {
            return write;
        }
        return PAGES.contains(group) || group.startsWith("api-") && !group.equals("api-other");
    }

    private static String groupOf(HttpServletRequest request) {
        return EndpointGroup.of(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static void problem(HttpServletResponse response, boolean write) throws IOException {
        String detail = write
                ? "Nothing was changed. Send the request again when the database is back (GET /health/ready)."
                : "Patient records are read from the database, and every read is recorded in its audit trail: none"
                        + " can be served until the database is back (GET /health/ready).";
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Problem.body(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                DegradationCause.DATABASE_UNREACHABLE.token(), "The hospital's database cannot be reached", detail,
                Map.of("cause", DegradationCause.DATABASE_UNREACHABLE.token())).toString());
    }

    private static void page(HttpServletResponse response) throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="UTF-8"><title>MedMesh · database unreachable</title></head>
                <body><main role="main"><h1>MedMesh</h1>
                <p id="condition-banner" role="alert">%s</p>
                <p>If you had just sent something, it was not saved. Reload this page in a moment.</p>
                </main></body></html>
                """.formatted(DegradationCause.DATABASE_UNREACHABLE.banner()));
    }
}
