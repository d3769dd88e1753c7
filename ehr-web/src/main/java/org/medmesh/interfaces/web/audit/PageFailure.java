package org.medmesh.interfaces.web.audit;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;

import java.util.Locale;

import org.medmesh.identity.application.UsernameTakenException;
import org.medmesh.identity.domain.model.PasswordRejected;
import org.medmesh.patient.domain.model.ConsentRequired;
import org.medmesh.shared.domain.model.AccessRefused;
import org.medmesh.shared.domain.model.ClinicalRuleViolation;
import org.medmesh.shared.domain.model.ConcurrentChange;
import org.medmesh.shared.domain.model.RecordNotFound;
import org.medmesh.shared.domain.model.StaleVersion;

/**
 * What a failed service call means on a page: the status the API would have answered (for the audit trail) and a
 * message a clinician can read. Never the exception's class or stack.
 */
public record PageFailure(int status, String message) {

    /** The failure of an unexpected error: nothing was changed, and the details are in the server log. */
    public static final PageFailure UNEXPECTED = new PageFailure(500,
            "Something went wrong and nothing was changed. Please try again; if it happens again, call IT support.");

    public static PageFailure of(Throwable failure) {
        Throwable cause = unwrapped(failure);
        if (cause instanceof EJBAccessException || cause instanceof AccessRefused) {
            return new PageFailure(403, "Your role does not allow this.");
        }
        if (cause instanceof ConsentRequired) {
            return new PageFailure(403, sentence(cause.getMessage()));
        }
        if (cause instanceof RecordNotFound) {
            return new PageFailure(404, sentence(cause.getMessage()));
        }
        if (cause instanceof StaleVersion || cause instanceof ConcurrentChange) {
            return new PageFailure(409, "Someone changed this record meanwhile. Reload the page and try again.");
        }
        if (cause instanceof ClinicalRuleViolation) {
            return new PageFailure(422, sentence(cause.getMessage()));
        }
        if (cause instanceof PasswordRejected) {
            return new PageFailure(400, cause.getMessage());
        }
        if (cause instanceof UsernameTakenException) {
            return new PageFailure(409, cause.getMessage());
        }
        if (cause instanceof IllegalArgumentException) {
            return new PageFailure(400, sentence(cause.getMessage()));
        }
        return UNEXPECTED;
    }

    /** Whether the failure is one the page explains (not an unexpected error). */
    public boolean expected() {
        return status < 500;
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof EJBException && !(cause instanceof EJBAccessException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "The request was refused.";
        }
        String first = message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
