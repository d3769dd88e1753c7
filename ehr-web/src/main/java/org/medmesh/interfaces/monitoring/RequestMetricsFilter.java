package org.medmesh.interfaces.monitoring;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

/**
 * Counts and times every request the application answers ({@link RequestMetrics}); a request whose handling throws is
 * counted as the server error the container answers; a stream is counted when it ends.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        String group = EndpointGroup.of(request.getRequestURI().substring(request.getContextPath().length()));
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (failed) {
                metrics.answered(group, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, Duration.ofNanos(System
                        .nanoTime() - started));
            } else if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new StreamEnd(metrics, group, response));
            } else {
                metrics.answered(group, response.getStatus(), Duration.ofNanos(System.nanoTime() - started));
            }
        }
    }

    /** Counts a stream (an asynchronous request) when it ends. */
    private record StreamEnd(RequestMetrics metrics, String group, HttpServletResponse response)
            implements
                AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            metrics.answered(group, response.getStatus(), null);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows.
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows.
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // The same stream goes on.
        }
    }
}
