package org.medmesh.interfaces.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;

/**
 * A signed-in browser's HTTP session: it holds only the staff member's token (issued by the identity services at
 * sign-in, never sent to the browser), small and serializable so that a session can move between server instances, and
 * sealed under a key only the browser holds ({@link SessionKeys}), so the session alone signs no one in.
 */
public final class WardSessions {

    /** The session attribute holding the token. */
    static final String TOKEN = "org.medmesh.ward.token";
    private static final String API = "/api/";

    private WardSessions() {
    }

    /**
     * Starts a signed-in session: a new session id (the one used before signing in is never signed in: no session
     * fixation), holding the token sealed under a new key that the browser is given as a cookie.
     */
    public static void start(HttpServletRequest request, HttpServletResponse response, String token) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        byte[] key = SessionKeys.newKey();
        session.setAttribute(TOKEN, SessionKeys.seal(key, token));
        response.addCookie(SessionKeys.cookie(request, key));
    }

    /** The token of the request's session, if it is signed in and the browser brought the key that opens it. */
    public static Optional<String> token(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object sealed = session == null ? null : session.getAttribute(TOKEN);
        if (!(sealed instanceof String text)) {
            return Optional.empty();
        }
        return SessionKeys.keyOf(request).flatMap(key -> SessionKeys.open(key, text));
    }

    /** Ends the request's session, if any, and takes the key back from the browser. */
    public static void end(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(SessionKeys.cookie(request, null));
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
