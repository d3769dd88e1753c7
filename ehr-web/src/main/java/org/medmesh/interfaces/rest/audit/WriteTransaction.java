package org.medmesh.interfaces.rest.audit;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.medmesh.audit.application.AuditLog;
import org.medmesh.audit.domain.model.AuditOutcome;
import org.medmesh.audit.domain.model.AuditRecord;
import org.medmesh.interfaces.rest.problem.Problem;

/**
 * A write request (POST, PUT, PATCH, DELETE) runs in one transaction, from after its caller's role check until its
 * answer is decided: the services it calls join it, and {@link AuditFilter} writes the request's record in it, so the
 * change and its record commit together or not at all (a write is never kept unrecorded, and never answered before both
 * are durable). The transaction commits unless a service marked it for rollback or the answer is a server error (5xx:
 * nothing of a failed request is kept); a refusal the services chose to keep (a counted failed sign-in) commits with
 * its record. When the commit itself fails, the answer becomes a 500 problem and the failure is recorded on its own.
 * Reads run without one: each service call is its own transaction, as before.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class WriteTransaction implements ContainerRequestFilter, ContainerResponseFilter {

    /** Request property: the write transaction's state ({@link #OPEN}, then {@link #ENDED}). */
    static final String STATE = "org.medmesh.write-transaction";
    static final String OPEN = "open";
    static final String ENDED = "ended";
    /** Request property: the record {@link AuditFilter} wrote in the transaction. */
    static final String RECORD = "org.medmesh.write-transaction.record";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Logger LOG = Logger.getLogger(WriteTransaction.class.getName());

    /** Injected as a resource, not a CDI bean: Weld's built-in bean looks it up in JNDI again on every call. */
    @Resource
    UserTransaction transaction;

    @Inject
    AuditLog audit;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())) {
            return;
        }
        try {
            transaction.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("cannot begin the request's transaction", e);
        }
        request.setProperty(STATE, OPEN);
    }

    /** Whether the request's record is to be written in its transaction: one is open and will commit. */
    boolean commitsWith(ContainerRequestContext request, int status) {
        try {
            return OPEN.equals(request.getProperty(STATE)) && status < 500
                    && transaction.getStatus() == Status.STATUS_ACTIVE;
        } catch (SystemException e) {
            return false;
        }
    }

    /** Marks the request's transaction for rollback (its record could not be written). */
    void rollBack(ContainerRequestContext request) {
        try {
            if (OPEN.equals(request.getProperty(STATE))) {
                transaction.setRollbackOnly();
            }
        } catch (IllegalStateException | SystemException e) {
            LOG.log(Level.WARNING, "Could not mark a request's transaction for rollback", e);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!OPEN.equals(request.getProperty(STATE))) {
            return;
        }
        request.setProperty(STATE, ENDED);
        try {
            if (transaction.getStatus() == Status.STATUS_ACTIVE && response.getStatus() < 500) {
                transaction.commit();
                return;
            }
            transaction.rollback();
        } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException | SystemException
                | IllegalStateException | SecurityException e) {
            LOG.log(Level.SEVERE, "A write's transaction did not commit: " + e.getClass().getSimpleName());
            notSaved(request, response);
            return;
        }
        if (response.getStatus() < 400) {
            LOG.severe("A write answered as a success had its transaction marked for rollback; answered 500 instead");
            notSaved(request, response);
        }
    }

    private void notSaved(ContainerRequestContext request, ContainerResponseContext response) {
        Problem.replace(response, 500, "not-saved", "Not saved",
                "The change could not be committed and was not saved; it may be sent again.");
        if (request.getProperty(RECORD) instanceof AuditRecord written) {
            try {
                audit.record(written.answered(AuditOutcome.FAILED, 500));
            } catch (RuntimeException e) {
                LOG.severe(() -> "Could not record the failed commit of " + written.action() + " in the audit trail: "
                        + e.getClass().getSimpleName());
            }
        }
    }
}
