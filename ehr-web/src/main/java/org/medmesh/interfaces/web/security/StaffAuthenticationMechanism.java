package org.medmesh.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.medmesh.interfaces.condition.DegradedModeAnswers;
import org.medmesh.interfaces.monitoring.MetricsTokenFilter;
import org.medmesh.interfaces.rest.problem.LostDatabase;
import org.medmesh.identity.application.AuthenticatedCaller;
import org.medmesh.identity.application.BearerTokenService;
import org.medmesh.identity.domain.model.TokenRejectedException;
import org.medmesh.identity.domain.model.TokenRejection;

/**
 * The web module's one authentication mechanism (Jakarta Security allows one per application), for both kinds of
 * caller:
 * <ul>
 * <li>A request with {@code Authorization: Bearer} (every API client) is signed in from its token, verified by the
 * identity services (every trusted issuer, account state and revocation checked per request). A request without a token
 * stays anonymous; a refused token is noted on the request and answered with 401 by the API's
 * {@code RefusedTokenFilter}, so the refusal carries the API's headers and is audited like any other answer.</li>
 * <li>A page request is signed in from its HTTP session, which holds the token the sign-in page obtained with the staff
 * member's password, sealed under a key only the browser holds ({@link WardSessions}); the token is verified on every
 * request exactly like a bearer token, so a disabled account, a changed role or password and a sign-out end the session
 * at once. A protected page (the ward and admin areas, {@code web.xml}) without a session is redirected to the sign-in
 * page.</li>
 * <li>A request for the metrics ({@code /metrics}) stays anonymous whatever it sends: its bearer token is the
 * hospital's scrape token, not a staff member's, and is checked by the {@link MetricsTokenFilter} alone.</li>
 * </ul>
 * The API never reads the session: a browser's cookie cannot act on the API (no cross-site request forgery there). The
 * caller becomes the caller principal with the granted role as group, so role checks work on pages, resources and EJBs
 * alike.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute holding the {@link TokenRejection} of a refused bearer token. */
    public static final String REJECTION = "org.medmesh.token.rejection";
    /** Request attribute holding the verified token itself (for signing out). */
    public static final String TOKEN = "org.medmesh.token";

    private static final String BEARER = "Bearer ";

    @Inject
    BearerTokenService tokens;

    @Inject
    DegradedModeAnswers degraded;

    /**
     * Checking a token needs the database: while it cannot be reached, the request is answered here, before it is, with
     * the node's degraded-mode answer (also when the database fails between two probes of the node's condition).
     */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            if (degraded.answeredWhileDegraded(request, response)) {
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return signIn(request, response, context);
        } catch (RuntimeException e) {
            if (!LostDatabase.causedBy(e)) {
                throw e;
            }
            answerDatabaseUnreachable(request, response);
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new UncheckedIOException("could not answer while the database is unreachable", e);
        }
    }

    private void answerDatabaseUnreachable(HttpServletRequest request, HttpServletResponse response) {
        try {
            degraded.answerDatabaseUnreachable(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException("could not answer while the database is unreachable", e);
        }
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (MetricsTokenFilter.guards(request)) {
            return context.doNothing();
        }
        String header = request.getHeader("Authorization");
        if (header != null) {
            return bearer(request, header, context);
        }
        if (WardSessions.isApi(request)) {
            return context.doNothing();
        }
        return fromSession(request, response, context);
    }

    private AuthenticationStatus bearer(HttpServletRequest request, String header, HttpMessageContext context) {
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

    private AuthenticationStatus fromSession(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<String> token = WardSessions.token(request);
        if (token.isPresent()) {
            try {
                AuthenticatedCaller caller = tokens.authenticate(token.get());
                request.setAttribute(TOKEN, token.get());
                return context.notifyContainerAboutLogin(caller.username(), caller.roles());
            } catch (TokenRejectedException e) {
                WardSessions.end(request, response);
                return context.isProtected() ? toSignIn(request, response, SignInReason.ENDED) : context.doNothing();
            }
        }
        return context.isProtected() ? toSignIn(request, response, SignInReason.REQUIRED) : context.doNothing();
    }

    private static AuthenticationStatus toSignIn(HttpServletRequest request, HttpServletResponse response,
            SignInReason reason) {
        try {
            SignInRedirect.send(request, response, reason);
        } catch (IOException e) {
            throw new IllegalStateException("could not send the sign-in redirect", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
