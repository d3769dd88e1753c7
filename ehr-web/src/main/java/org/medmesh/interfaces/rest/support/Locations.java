package org.medmesh.interfaces.rest.support;

import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.UUID;

/** Where a created record can be read back. */
public final class Locations {

    private Locations() {
    }

    public static URI of(UriInfo uri, String collection, UUID id) {
        return uri.getBaseUriBuilder().path(collection).path(id.toString()).build();
    }
}
