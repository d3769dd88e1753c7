package org.medmesh.interfaces.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.medmesh.identity.application.BearerTokenService;
import org.medmesh.interfaces.web.audit.PageAudit;
import org.medmesh.interfaces.web.security.SignInReason;
import org.medmesh.interfaces.web.security.WardSessions;

/** Signing out: the session's token is revoked (refused from now on, like the API's sign-out) and the session ended. */
@Named
@RequestScoped
public class SignOutAction {

    @Inject
    BearerTokenService tokens;

    @Inject
    PageAudit audit;

    @Inject
    WardUser user;

    @Inject
    HttpServletRequest request;

    public void signOut() throws IOException {
        String username = user.getUsername();
        String role = user.getRole();
        WardSessions.token(request).ifPresent(tokens::revoke);
        WardSessions.end(request, (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext()
                .getResponse());
        audit.event("POST signout", username, role, 200);
        FacesContext.getCurrentInstance().getExternalContext().redirect(request.getContextPath()
                + "/signin.xhtml?reason=" + SignInReason.SIGNED_OUT.parameter());
    }
}
