package org.medmesh.interfaces.web.ward;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.medmesh.interfaces.web.audit.PageFailure;

/** Messages shown on a page: a refusal in words, a confirmation. */
final class PageMessages {

    private PageMessages() {
    }

    /** Shows why a call failed (as {@link PageFailure} words it) on the page. */
    static void failed(RuntimeException failure) {
        add(FacesMessage.SEVERITY_ERROR, PageFailure.of(failure).message());
    }

    /** Shows a refusal in the page's own words. */
    static void refused(String message) {
        add(FacesMessage.SEVERITY_ERROR, message);
    }

    static void done(String message) {
        add(FacesMessage.SEVERITY_INFO, message);
    }

    private static void add(FacesMessage.Severity severity, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, message, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
