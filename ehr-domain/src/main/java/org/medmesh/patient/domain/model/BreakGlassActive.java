package org.medmesh.patient.domain.model;

import java.time.Instant;

import org.medmesh.shared.domain.model.IllegalTransition;

/**
 * The caller asked to break the glass for a patient while their own grant for that patient is still running here: a
 * second grant is not made, the running one is not extended, and nobody is notified again.
 */
public class BreakGlassActive extends IllegalTransition {

    private static final long serialVersionUID = 1L;

    private final Instant activeUntil;

    public BreakGlassActive(Instant activeUntil) {
        super("break-glass-active", "You already have emergency access to this patient's records here until "
                + activeUntil
                + "; it is not extended. Break the glass again once it has expired, if you still need to.");
        this.activeUntil = activeUntil;
    }

    public Instant activeUntil() {
        return activeUntil;
    }
}
