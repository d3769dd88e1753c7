package org.medmesh.interfaces.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The endpoint group of a request path, the label of the request metrics: the API's resource (its first path segment
 * after {@code /api/v1/}), the ward's and the admin area's pages, sign-in, the pages' static resources, health,
 * metrics, the API document — and {@code other} for anything else, so a caller inventing paths cannot make new series.
 */
public final class EndpointGroup {

    /** The API's resources: the first segment of their paths. */
    static final Set<String> API_RESOURCES = Set.of("admin", "allergies", "auth", "conditions", "dispensings",
            "encounters", "hospital", "notes", "notifications", "observations", "patients", "prescriptions", "sync",
            "treatments");
    static final String API_OTHER = "api-other";
    static final String OTHER = "other";
    /** Every group there is, API resources first. */
    public static final List<String> ALL = List.copyOf(all());

    private static final String API = "/api/v1/";

    private EndpointGroup() {
    }

    /** The group of a path within the application (the request URI without its context path). */
    public static String of(String path) {
        if (path == null || path.isEmpty()) {
            return OTHER;
        }
        if (path.startsWith(API)) {
            String rest = path.substring(API.length());
            int slash = rest.indexOf('/');
            String resource = slash < 0 ? rest : rest.substring(0, slash);
            return API_RESOURCES.contains(resource) ? "api-" + resource : API_OTHER;
        }
        if (path.contains("/jakarta.faces.resource/")) {
            return "static";
        }
        if (path.startsWith("/ward/")) {
            return "ward-pages";
        }
        if (path.startsWith("/admin/")) {
            return "admin-pages";
        }
        if (path.equals("/signin.xhtml") || path.equals("/") || path.equals("/index.xhtml")) {
            return "sign-in";
        }
        if (path.equals("/health") || path.startsWith("/health/")) {
            return "health";
        }
        if (path.equals("/metrics") || path.startsWith("/metrics/")) {
            return "metrics";
        }
        if (path.equals("/openapi") || path.startsWith("/openapi/")) {
            return "openapi";
        }
        return OTHER;
    }

    private static List<String> all() {
        List<String> groups = new ArrayList<>(API_RESOURCES.stream().sorted().map(r -> "api-" + r)
                .toList());
        groups.addAll(List.of(API_OTHER, "ward-pages", "admin-pages", "sign-in", "static", "health", "metrics",
                "openapi", OTHER));
        return groups;
    }
}
