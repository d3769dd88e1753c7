package org.medmesh.interfaces.web.audit;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;

/** Messages shown on a page (every page's one message area): a refusal in words, a confirmation. */
public final class PageMessages {

    private PageMessages() {
    }

    /** Shows why a call failed (as {@link PageFailure} words it) on the page. */
    public static void failed(RuntimeException failure) {
        add(FacesMessage.SEVERITY_ERROR, PageFailure.of(failure).message());
    }

    /** Shows a refusal in the page's own words. */
    public static void refused(String message) {
        add(FacesMessage.SEVERITY_ERROR, message);
    }

    public static void done(String message) {
        add(FacesMessage.SEVERITY_INFO, message);
    }

    /**
     * Sends the browser to another page of the UI ({@code /ward/chart.xhtml?patient=…}, from the context root), keeping
     * the messages added so far for that page. Only here are messages kept across requests: kept on an Ajax answer or a
     * page drawn in place, they would show again on the next request, and the flash's cookie comes too late.
     */
    public static void redirect(String pageAndQuery) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + pageAndQuery);
    }

    private static void add(FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, message, null));
    }
}
