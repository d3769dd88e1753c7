package org.medmesh.interfaces.web.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * The error page a browser sees outside the API: what happened in words and where to go on, never a stack trace or the
 * server's name.
 */
final class ErrorPage {

    private static final Map<Integer, String> ADVICE = Map.of(
            400, "The page could not handle what was sent. Go back, reload the page and try again.",
            403, "Your role does not allow this page. If you need it, ask an administrator.",
            404, "There is no such page. Check the address, or start again from the patients page.",
            405, "The page could not handle this request. Reload the page and try again.");

    private ErrorPage() {
    }

    /** Whether the failed request was a browser's, for a page rather than the API. */
    static boolean wantsPage(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null
                ? ""
                : uri.toString().substring(Math.min(uri.toString().length(),
                        request.getContextPath().length()));
        String accept = request.getHeader("Accept");
        return !path.startsWith("/api/") && accept != null && accept.contains("text/html");
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String title)
            throws IOException {
        String advice = ADVICE.getOrDefault(status, status >= 500
                ? "Nothing was changed. Please try again in a moment; if it happens again, call IT support."
                : "The request was refused. Go back and try again.");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String home = request.getContextPath() + "/";
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " · MedMesh</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;"
                + "color:#1f2933}a{color:#0b5cab}</style></head><body><main><h1>" + title + "</h1><p>" + advice
                + "</p><p><a href=\"" + home + "\">Back to MedMesh</a></p><p style=\"color:#52606d\">Error "
                + status + "</p></main></body></html>");
    }
}
