package org.medmesh.testsupport;

import org.medmesh.client.ApiClient;

/** A node's metrics read as Prometheus reads them: {@code GET /metrics} with the hospital's scrape token. */
public final class Scrape {

    private Scrape() {
    }

    /**
     * The Prometheus text of the node's metrics; {@code query} without its {@code ?} ({@code scope=application}), empty
     * for every scope. Fails ({@link org.medmesh.client.ApiRefusal}) on any answer but 200.
     */
    public static String of(ApiClient node, String token, String query) {
        return node.send("GET", query.isEmpty() ? "metrics" : "metrics?" + query, token, null, "Accept", "text/plain")
                .okBody();
    }
}
