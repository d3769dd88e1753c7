package org.medmesh.interfaces.rest.audit;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rolls back a write's transaction that {@link WriteTransaction} opened and never ended (its answer was never decided
 * through the response filters, e.g. a failure inside one), so that nothing of it is kept and the worker thread is
 * handed back without it.
 */
@WebListener
public class UnendedWriteTransactions implements ServletRequestListener {

    private static final Logger LOG = Logger.getLogger(UnendedWriteTransactions.class.getName());

    /** Injected as a resource, not a CDI bean: Weld's built-in bean looks it up in JNDI again on every call. */
    @Resource
    UserTransaction transaction;

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (!WriteTransaction.OPEN.equals(event.getServletRequest().getAttribute(WriteTransaction.STATE))) {
            return;
        }
        try {
            transaction.rollback();
            LOG.severe("A write request ended with its transaction still open; it was rolled back");
        } catch (IllegalStateException | SecurityException | SystemException e) {
            LOG.log(Level.SEVERE, "Could not roll back a write request's unended transaction", e);
        }
    }
}
