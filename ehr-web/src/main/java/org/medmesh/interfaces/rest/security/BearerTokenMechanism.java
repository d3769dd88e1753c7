package org.medmesh.interfaces.rest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.medmesh.identity.application.AuthenticatedCaller;
import org.medmesh.identity.application.BearerTokenService;
import org.medmesh.identity.domain.model.TokenRejectedException;
import org.medmesh.identity.domain.model.TokenRejection;

/**
 * Signs API callers in from their {@code Authorization: Bearer} token, verified by the identity services (every trusted
 * issuer, account state and revocation checked per request). A valid token makes its user the caller principal with the
 * granted role as group, so {@code @AllowedRoles} works on resources and {@code @RolesAllowed} on EJBs. A request
 * without a token stays anonymous; a refused token is noted on the request and answered with 401 by
 * {@link RefusedTokenFilter}, so the refusal carries the API's headers and is audited like any other answer.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    /** Request attribute holding the {@link TokenRejection} of a refused token. */
    static final String REJECTION = "org.medmesh.token.rejection";
    /** Request attribute holding the verified token itself (for signing out). */
    public static final String TOKEN = "org.medmesh.token";

    private static final String BEARER = "Bearer ";

    @Inject
    BearerTokenService tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.doNothing();
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || header.length() == BEARER.length()) {
            request.setAttribute(REJECTION, TokenRejection.MALFORMED);
            return context.doNothing();
        }
        String token = header.substring(BEARER.length()).strip();
        try {
            AuthenticatedCaller caller = tokens.authenticate(token);
            request.setAttribute(TOKEN, token);
            return context.notifyContainerAboutLogin(caller.username(), caller.roles());
        } catch (TokenRejectedException e) {
            request.setAttribute(REJECTION, e.reason());
            return context.doNothing();
        }
    }
}
