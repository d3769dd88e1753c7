package org.medmesh.interfaces.web.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers on every page, as on the API's answers: a page showing patient data is never cached (the browser's back
 * button after signing out shows nothing), never sniffed, never framed by another site (no clickjacking), never sent as
 * a referrer. The pages' scripts are limited by PrimeFaces' own Content-Security-Policy (a nonce per response,
 * {@code primefaces.CSP} in web.xml); this filter adds that nothing may frame them. The API's headers are its own
 * ({@code SecurityHeadersFilter}).
 */
@WebFilter("*.xhtml")
public class PageHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
