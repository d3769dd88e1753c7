package org.medmesh.interfaces.condition;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Tells every response the node's condition ({@code MedMesh-Condition}) and, while the hospital's database cannot be
 * reached, answers what needs it at once instead of letting it fail ({@link DegradedModeAnswers}). Without peers the
 * node works on (changes wait in the outbox for the links), so nothing is refused for that.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DegradedModeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DegradedModeAnswers answers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!answers.answeredWhileDegraded(request, response)) {
            chain.doFilter(request, response);
        }
    }
}
