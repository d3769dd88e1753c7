package org.medmesh.interfaces.rest.edge;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers on every API answer: patient data is never cached (by browsers or proxies), never sniffed as another type,
 * never framed, never sent as a referrer, and the API loads nothing. No {@code Access-Control-Allow-*} header is ever
 * sent, so browsers refuse cross-origin calls: CORS is closed (the ward UI is served by the node itself).
 */
@Provider
public class SecurityHeadersFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Cache-Control", "no-store");
        headers.putSingle("Pragma", "no-cache");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        headers.putSingle("Referrer-Policy", "no-referrer");
        if (request.getUriInfo().getRequestUri().getScheme().equals("https")) {
            headers.putSingle("Strict-Transport-Security", "max-age=31536000");
        }
        headers.keySet().removeIf(name -> name.regionMatches(true, 0, "Access-Control-Allow-", 0, 21));
    }
}
