package org.medmesh.interfaces.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;

import org.medmesh.identity.application.AuthenticationFailedException;
import org.medmesh.identity.application.AuthenticationService;
import org.medmesh.identity.application.IssuedToken;
import org.medmesh.identity.application.SignInLockedException;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.web.audit.PageAudit;
import org.medmesh.interfaces.web.security.SignInReason;
import org.medmesh.interfaces.web.security.WardPages;
import org.medmesh.interfaces.web.security.WardSessions;

/**
 * The sign-in page: the same staff accounts, password check and lockout as the API's token endpoint (the identity
 * services issue a token, which the new session keeps), then back to the page asked for or the role's first page.
 */
@Named
@RequestScoped
public class SignInPage {

    private static final String SIGNIN = "POST signin";

    @Inject
    AuthenticationService authentication;

    @Inject
    PageAudit audit;

    @Inject
    HttpServletRequest request;

    private String username;
    private String password;
    private String next;
    private String reason;

    /** Why the page is shown, in words; empty when it was simply opened. */
    public String getNotice() {
        if (SignInReason.ENDED.parameter().equals(reason)) {
            return "Your session ended. Please sign in again.";
        }
        if (SignInReason.SIGNED_OUT.parameter().equals(reason)) {
            return "You signed out.";
        }
        if (SignInReason.REQUIRED.parameter().equals(reason)) {
            return "Please sign in to continue.";
        }
        return "";
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        IssuedToken token;
        try {
            token = authentication.issueToken(username == null ? "" : username.strip(), secret);
        } catch (SignInLockedException e) {
            audit.event(SIGNIN, null, null, 429);
            refuse(faces, "Too many failed sign-ins: this username is locked for "
                    + Math.max(1, e.retryAfter().toMinutes()) + " more minute(s).");
            return;
        } catch (AuthenticationFailedException e) {
            audit.event(SIGNIN, null, null, 401);
            refuse(faces, "Wrong username or password.");
            return;
        } finally {
            Arrays.fill(secret, '\0');
        }
        WardSessions.start(request, (HttpServletResponse) faces.getExternalContext().getResponse(), token.token());
        audit.event(SIGNIN, token.username(), token.role(), 200);
        String target = WardPages.isSafeReturn(next) ? next : WardPages.home(Roles.ADMIN.equals(token.role()));
        faces.getExternalContext().redirect(request.getContextPath() + target);
    }

    private static void refuse(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
