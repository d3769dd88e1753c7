package org.medmesh.interfaces.web.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

import org.medmesh.interfaces.rest.problem.BearerChallenge;
import org.medmesh.interfaces.rest.problem.Problem;

/**
 * The default error page of the web module (WEB-INF/web.xml): answers {@code application/problem+json} with the status
 * the container was about to send, a generic title and nothing about the server; a browser asking for a page outside
 * the API gets the same as a readable page ({@link ErrorPage}). Asked directly, it is not found.
 */
@WebServlet(ProblemErrorServlet.PATH)
public class ProblemErrorServlet extends HttpServlet {

    static final String PATH = "/errors/problem";

    private static final Map<Integer, String> TITLES = Map.of(
            400, "The request is invalid",
            401, "Sign-in required",
            403, "Not allowed",
            404, "Not found",
            405, "Method not allowed",
            406, "Not acceptable",
            413, "Request too large",
            415, "Unsupported media type");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 && value <= 599 ? value : 404;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null) {
            status = 500;
        }
        String title = TITLES.getOrDefault(status, status >= 500 ? "The node could not answer" : "Request refused");
        response.resetBuffer();
        response.setStatus(status);
        if (ErrorPage.wantsPage(request)) {
            ErrorPage.write(request, response, status, title);
            return;
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (status == 401 && response.getHeader(BearerChallenge.HEADER) == null) {
            response.setHeader(BearerChallenge.HEADER, BearerChallenge.SIGN_IN);
        }
        response.getWriter().write(Problem.body(status, status == 404 ? "not-found" : "http-" + status, title, null,
                Map.of()).toString());
    }
}
