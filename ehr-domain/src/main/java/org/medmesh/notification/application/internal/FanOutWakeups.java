package org.medmesh.notification.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.medmesh.notification.application.NotificationStored;

/**
 * Wakes the fan-out after a transaction that stored a notification committed. A plain CDI bean, not an EJB: the notice
 * comes after the transaction completed, where an EJB call would try to resume it.
 */
@ApplicationScoped
public class FanOutWakeups {

    private volatile Runnable wake = () -> {
    };

    void register(Runnable fanOut) {
        wake = fanOut;
    }

    void unregister() {
        wake = () -> {
        };
    }

    void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationStored stored) {
        wake.run();
    }
}
