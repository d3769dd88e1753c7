package org.medmesh.interfaces.rest.edge;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.platform.config.HospitalProperty;

/**
 * Absolute URLs the API hands out ({@code Location}, paging links) start with the node's configured public address
 * ({@code hospital.public-url}, e.g. {@code https://ehr.st-anna.example}), never with the request's {@code Host}
 * header, which any client chooses. Without the setting, the address and port the request actually arrived on are used.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class PublicBaseUriFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(PublicBaseUriFilter.class.getName());

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.PUBLIC_URL)
    Optional<String> configured;

    @Context
    HttpServletRequest servletRequest;

    private volatile Optional<URI> publicUrl;

    @Override
    public void filter(ContainerRequestContext request) {
        URI origin = publicUrl().orElseGet(this::arrivedOn);
        URI base = request.getUriInfo().getBaseUri();
        URI target = request.getUriInfo().getRequestUri();
        request.setRequestUri(origin.resolve(base.getRawPath()), origin.resolve(target.getRawPath()
                + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())));
    }

    private Optional<URI> publicUrl() {
        Optional<URI> url = publicUrl;
        if (url == null) {
            url = configured.map(String::strip).filter(value -> !value.isEmpty()).map(PublicBaseUriFilter::origin);
            if (url.isEmpty()) {
                LOG.warning("hospital.public-url is not set: absolute URLs use the address each request arrived on");
            }
            publicUrl = url;
        }
        return url;
    }

    private URI arrivedOn() {
        String address = servletRequest.getLocalAddr();
        String host = address.contains(":") ? "[" + address + "]" : address;
        return URI.create(servletRequest.getScheme() + "://" + host + ":" + servletRequest.getLocalPort() + "/");
    }

    /** Scheme, host and port of the configured URL; any path in it is ignored (the node is served at the root). */
    static URI origin(String url) {
        URI uri = URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalStateException("hospital.public-url must be an http(s) URL with a host, got " + url);
        }
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/");
    }
}
