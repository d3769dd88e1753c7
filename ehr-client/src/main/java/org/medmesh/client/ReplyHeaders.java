package org.medmesh.client;

import java.net.http.HttpHeaders;
import java.util.Optional;

/** A node's answer kept for its status and headers (the body discarded), for checks on the headers themselves. */
public record ReplyHeaders(int status, HttpHeaders values) {

    public Optional<String> first(String name) {
        return values.firstValue(name);
    }
}
