package org.medmesh.interfaces.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;

/**
 * A signed-in browser's HTTP session: it holds only the staff member's token (issued by the identity services at
 * sign-in, never sent to the browser), small and serializable so that a session can move between server instances.
 */
public final class WardSessions {

    /** The session attribute holding the token. */
    static final String TOKEN = "org.medmesh.ward.token";
    private static final String API = "/api/";

    private WardSessions() {
    }

    /**
     * Starts a signed-in session: a new session id (the one used before signing in is never signed in: no session
     * fixation), holding the token.
     */
    public static void start(HttpServletRequest request, String token) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(TOKEN, token);
    }

    /** The token of the request's session, if it is signed in. */
    public static Optional<String> token(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(TOKEN));
    }

    /** Ends the request's session, if any. */
    public static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // nothing left to end
            }
        }
    }

    /** The request's path within the application. */
    public static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean isApi(HttpServletRequest request) {
        return pathOf(request).startsWith(API);
    }
}
