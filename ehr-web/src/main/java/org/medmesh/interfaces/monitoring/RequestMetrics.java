package org.medmesh.interfaces.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.medmesh.platform.application.RecentLatencies;

/**
 * Requests answered by this server instance (Prometheus at {@code /metrics?scope=application}), every series there from
 * start-up: {@code medmesh_http_requests_total{group, status}} per endpoint group ({@link EndpointGroup}) and status
 * class ({@code 2xx} … {@code 5xx}: the error rate is the {@code 5xx} share), and the time to answer over the latest
 * {@value #WINDOW} requests of each group, in seconds ({@code medmesh_http_request_duration_p50_seconds},
 * {@code _p99_seconds}, {@code _max_seconds}). Streams (server-sent events) are counted when they end and left out of
 * the durations. Percentile gauges rather than a MicroProfile timer or histogram: Payara 6.2025.10 writes a timer's
 * nanoseconds and a histogram's sum unscaled under a {@code _seconds} name.
 */
@ApplicationScoped
public class RequestMetrics {

    static final int WINDOW = 1_000;
    static final List<String> STATUS_CLASSES = List.of("2xx", "3xx", "4xx", "5xx");

    @Inject
    MetricRegistry registry;

    private final Map<String, Map<String, Counter>> answered = new HashMap<>();
    private final Map<String, RecentLatencies> durations = new HashMap<>();

    /** Made with the application, so every series is scraped from start-up, not from the first request. */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // Observing the start is what makes the container create this bean now.
    }

    @PostConstruct
    void register() {
        Metadata requests = Metadata.builder().withName("medmesh_http_requests").withDescription("HTTP requests"
                + " answered by this server instance, by endpoint group and status class").build();
        for (String group : EndpointGroup.ALL) {
            Map<String, Counter> byStatus = new HashMap<>();
            for (String status : STATUS_CLASSES) {
                byStatus.put(status, registry.counter(requests, new Tag("group", group), new Tag("status", status)));
            }
            answered.put(group, byStatus);
            RecentLatencies latest = new RecentLatencies(WINDOW);
            durations.put(group, latest);
            durationGauge(group, latest, "p50", 50, "median");
            durationGauge(group, latest, "p99", 99, "99th percentile");
            durationGauge(group, latest, "max", 100, "maximum");
        }
    }

    private void durationGauge(String group, RecentLatencies latest, String suffix, double percent, String what) {
        registry.gauge(Metadata.builder().withName("medmesh_http_request_duration_" + suffix + "_seconds")
                .withDescription("Time to answer a request, " + what + " of the endpoint group's latest " + WINDOW
                        + " requests (streams left out)")
                .build(), latest, window -> window.percentileSeconds(percent), new Tag("group", group));
    }

    /** A request of the group answered with the status; {@code took} is null for a stream. */
    public void answered(String group, int status, Duration took) {
        String known = answered.containsKey(group) ? group : EndpointGroup.OTHER;
        answered.get(known).get(statusClass(status)).inc();
        if (took != null) {
            durations.get(known).record(took);
        }
    }

    static String statusClass(int status) {
        if (status >= 500) {
            return "5xx";
        }
        if (status >= 400) {
            return "4xx";
        }
        return status >= 300 ? "3xx" : "2xx";
    }
}
