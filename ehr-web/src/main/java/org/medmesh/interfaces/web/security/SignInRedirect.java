package org.medmesh.interfaces.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends a browser to the sign-in page, remembering the page it asked for (only a page of this application: never an
 * address elsewhere). A Faces Ajax request gets the redirect as a partial response, which Faces' script follows.
 */
public final class SignInRedirect {

    /** The sign-in page, relative to the application. */
    public static final String PAGE = "/signin.xhtml";

    private SignInRedirect() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, SignInReason reason)
            throws IOException {
        String location = request.getContextPath() + PAGE + "?reason=" + reason.parameter();
        String asked = WardSessions.pathOf(request);
        if ("GET".equals(request.getMethod()) && WardPages.isPage(asked)) {
            String query = request.getQueryString();
            location += "&next=" + URLEncoder.encode(query == null ? asked : asked + "?" + query,
                    StandardCharsets.UTF_8);
        }
        response.setHeader("Cache-Control", "no-store");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(location);
    }
}
