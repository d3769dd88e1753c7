package org.medmesh.interfaces.monitoring;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.interfaces.rest.problem.BearerChallenge;
import org.medmesh.interfaces.rest.problem.Problem;
import org.medmesh.platform.config.HospitalProperty;

/**
 * Serves Payara's metrics ({@code /metrics}, which Payara adds to the application at the root context, so this
 * application's filters guard it) only to a caller that sends the hospital's scrape token as a bearer token; anyone
 * else gets a 401 problem and nothing of the metrics. Without a token configured no one is served, and the log says so
 * once.
 */
@WebFilter(urlPatterns = {MetricsTokenFilter.PATH, MetricsTokenFilter.PATH + "/*"}, asyncSupported = true)
public class MetricsTokenFilter extends HttpFilter {

    static final String PATH = "/metrics";
    private static final String CHALLENGE = "Bearer realm=\"metrics\"";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MetricsTokenFilter.class.getName());

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.METRICS_TOKEN)
    transient Optional<String> configured;

    private transient ScrapeToken token;

    /** Whether the request is one this filter guards (the authentication mechanism leaves it to it). */
    public static boolean guards(HttpServletRequest request) {
        return PATH.equals(request.getServletPath());
    }

    @Override
    public void init() {
        token = ScrapeToken.of(configured);
        if (!token.configured()) {
            LOG.warning(HospitalProperty.Names.METRICS_TOKEN + " is not set: /metrics answers 401 to every caller,"
                    + " Prometheus included");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ScrapeToken.Verdict verdict = token.judge(request.getHeader("Authorization"));
        if (verdict == ScrapeToken.Verdict.ADMITTED) {
            chain.doFilter(request, response);
        } else {
            refuse(response, verdict);
        }
    }

    private static void refuse(HttpServletResponse response, ScrapeToken.Verdict verdict) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(BearerChallenge.HEADER, verdict == ScrapeToken.Verdict.REFUSED
                ? CHALLENGE + ", error=\"invalid_token\""
                : CHALLENGE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem(verdict));
    }

    private static String problem(ScrapeToken.Verdict verdict) {
        int status = HttpServletResponse.SC_UNAUTHORIZED;
        JsonObject body = switch (verdict) {
            case NOT_CONFIGURED -> Problem.body(status, "metrics-closed", "Metrics closed", "This node has no scrape"
                    + " token, so it serves its metrics to no one: set " + HospitalProperty.Names.METRICS_TOKEN
                    + " (docs/operations.md, \"Metrics\").", Map.of());
            case REFUSED -> Problem.body(status, "metrics-token-refused", "Scrape token refused", "The token sent is"
                    + " not this hospital's scrape token.", Map.of());
            default -> Problem.body(status, "metrics-token-required", "Scrape token required", "Send the hospital's"
                    + " scrape token: Authorization: Bearer <token>.", Map.of());
        };
        return body.toString();
    }
}
