package org.medmesh.interfaces.web.session;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.web.security.SignInRedirect;
import org.medmesh.interfaces.web.security.WardPages;

/** The application's root: the signed-in user's first page, else the sign-in page. */
@WebServlet("")
public class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getRemoteUser() == null
                ? SignInRedirect.PAGE
                : WardPages.home(request.isUserInRole(Roles.ADMIN));
        response.sendRedirect(request.getContextPath() + target);
    }
}
